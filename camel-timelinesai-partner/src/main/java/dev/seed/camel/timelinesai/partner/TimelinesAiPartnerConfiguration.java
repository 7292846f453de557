package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.TimelinesAiHttpConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of a {@code timelinesai-partner:<api>/<operation>} endpoint (and the partner credentials of
 * {@code timelinesai-partner:events}); headers {@code CamelTimelinesAiPartner*} override them per message.
 */
@UriParams
public class TimelinesAiPartnerConfiguration extends TimelinesAiHttpConfiguration {
    @UriPath(description = "The API group: workspaces, users or tokens; or events, alone, for the consumer (timelinesai-partner:events).")
    @Metadata(required = true)
    private TimelinesAiPartnerApiName api;
    @UriPath(enums = TimelinesAiPartnerOperation.ALL_NAMES, description = "The operation of the API group (producer; not used by timelinesai-partner:events); valid per group: workspaces: create, get, update; users: create, qr, disconnect; tokens: get, rotate.")
    private String operation;
    @UriParam(label = "security", description = "The Partner ID TimelinesAI support issued. Sent as X-TL-Partner-Id and as the partner_id claim of every request's JWT; partner events must carry it. Required.")
    private String partnerId;
    @UriParam(label = "security", secret = true, description = "The Partner Secret: signs a fresh HS256 JWT for every request and verifies the X-TL-Signature of partner events. Never logged. Prefer a property placeholder or vault reference, or set it once on the component. Required.")
    private String partnerSecret;
    @UriParam(label = "common", defaultValue = "https://app.timelines.ai/partner/api/v1", description = "Base URL of the Partner API, without a trailing slash (for example a simulator's URL in tests).")
    private String baseUrl = "https://app.timelines.ai/partner/api/v1";
    @UriParam(label = "producer", description = "The workspace of workspaces/get, workspaces/update, users/create, users/qr, users/disconnect, tokens/get and tokens/rotate (when not set, a String body is used).")
    private String workspaceId;
    @UriParam(label = "producer", description = "The user of users/qr and users/disconnect (when not set, a numeric body is used).")
    private Long userId;
    @UriParam(label = "producer", description = "workspaces/create (required; a String body is used when not set) and workspaces/update: the display name, 1 to 100 letters, digits and dashes; the workspace id is derived from it.")
    private String displayName;
    @UriParam(label = "producer", description = "workspaces/create (1 when not set) and workspaces/update: the purchased seats, 1 to 999; the Owner takes one. Lowering them below use suspends members.")
    private Integer seatsPurchased;
    @UriParam(label = "producer", description = "users/create: how many placeholder agent users to create, 1 to 99; all or nothing (409 seats_full). A numeric body is used when not set.")
    private Integer count;
    @UriParam(label = "producer", description = "users/qr: how many hours the QR link stays valid, 1 to 168 (TimelinesAI's default 24 when not set).")
    private Integer expiresInHours;
    @UriParam(label = "producer", description = "tokens/get and tokens/rotate: the name of a timelinesai component in this CamelContext (usually timelinesai) that gets the returned Public API token at once; its endpoints without a token of their own send it from their next request on, so routes keep running through a rotation.")
    private String tokenTarget;
    @UriParam(label = "advanced", defaultValue = "4", description = "Threads of the producer's pool for the calls that have to wait (no limiter permit free, a retry backoff, awaitStatus polls); a call that waits for nothing runs on the route's thread.")
    private int workerPoolSize = 4;
    @UriParam(label = "producer", defaultValue = "false", description = "users/qr: put a PNG image (a byte array) of a QR code that encodes the issued qr_link in the body, for an e-mail or a portal, instead of the QrCode record; the record, the link and its expiry go to the headers CamelTimelinesAiPartnerQrCode, CamelTimelinesAiPartnerQrLink and CamelTimelinesAiPartnerQrExpiresAt, and Content-Type is image/png.")
    private boolean qrImage;
    @UriParam(label = "producer", description = "users/qr with qrImage=true: width and height of the PNG in pixels, 100 to 2000 (300 when not set). The code is centred in a white quiet zone of at least 4 modules.")
    private Integer qrImageSize;
    @UriParam(label = "advanced,health", defaultValue = "300000", javaType = "java.time.Duration", description = "How often the readiness check may call the Partner API to see that the partner credentials are accepted (one JWT-signed GET /workspaces/{id}); probes in between get the last answer.")
    private long healthCheckInterval = 300000;

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public TimelinesAiPartnerApiName getApi() {
        return api;
    }

    public void setApi(TimelinesAiPartnerApiName api) {
        this.api = api;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public String getPartnerSecret() {
        return partnerSecret;
    }

    public void setPartnerSecret(String partnerSecret) {
        this.partnerSecret = partnerSecret;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Integer getSeatsPurchased() {
        return seatsPurchased;
    }

    public void setSeatsPurchased(Integer seatsPurchased) {
        this.seatsPurchased = seatsPurchased;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getExpiresInHours() {
        return expiresInHours;
    }

    public void setExpiresInHours(Integer expiresInHours) {
        this.expiresInHours = expiresInHours;
    }

    public String getTokenTarget() {
        return tokenTarget;
    }

    public void setTokenTarget(String tokenTarget) {
        this.tokenTarget = tokenTarget;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public boolean isQrImage() {
        return qrImage;
    }

    public void setQrImage(boolean qrImage) {
        this.qrImage = qrImage;
    }

    public Integer getQrImageSize() {
        return qrImageSize;
    }

    public void setQrImageSize(Integer qrImageSize) {
        this.qrImageSize = qrImageSize;
    }

    @Override
    public String toString() {
        return "TimelinesAiPartnerConfiguration[" + api + "/" + operation + ", partnerId=" + partnerId
                + ", partnerSecret=" + (partnerSecret == null ? "null" : "****") + ", baseUrl=" + baseUrl
                + ", workspaceId=" + workspaceId + "]";
    }
}
