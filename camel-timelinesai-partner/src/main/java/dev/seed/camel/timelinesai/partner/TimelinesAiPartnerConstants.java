package dev.seed.camel.timelinesai.partner;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The headers of the {@code timelinesai-partner} component; a header overrides the endpoint option of its name. */
public final class TimelinesAiPartnerConstants {

    @Metadata(label = "producer", javaType = "String", description = "The workspace of workspaces/get, workspaces/update, users/* and tokens/*. Overrides the workspaceId option. Set on every result (out) and on consumed events.")
    public static final String WORKSPACE_ID = "CamelTimelinesAiPartnerWorkspaceId";
    @Metadata(label = "producer", javaType = "Long", description = "The user of users/qr and users/disconnect. Overrides the userId option. Set on consumed whatsapp_account events.")
    public static final String USER_ID = "CamelTimelinesAiPartnerUserId";
    @Metadata(label = "producer", javaType = "String", description = "The display name of workspaces/create and workspaces/update. Overrides the displayName option.")
    public static final String DISPLAY_NAME = "CamelTimelinesAiPartnerDisplayName";
    @Metadata(label = "producer", javaType = "Integer", description = "The purchased seats of workspaces/create and workspaces/update. Overrides the seatsPurchased option.")
    public static final String SEATS_PURCHASED = "CamelTimelinesAiPartnerSeatsPurchased";
    @Metadata(label = "producer", javaType = "Integer", description = "How many users users/create creates. Overrides the count option.")
    public static final String COUNT = "CamelTimelinesAiPartnerCount";
    @Metadata(label = "producer", javaType = "Integer", description = "Lifetime in hours of the link users/qr issues. Overrides the expiresInHours option.")
    public static final String EXPIRES_IN_HOURS = "CamelTimelinesAiPartnerExpiresInHours";
    @Metadata(label = "consumer", javaType = "String", description = "The event type of a consumed partner event, e.g. whatsapp_account:connected.")
    public static final String EVENT_TYPE = "CamelTimelinesAiPartnerEventType";
    @Metadata(label = "consumer", javaType = "String", description = "When TimelinesAI triggered a consumed partner event (ISO date-time).")
    public static final String TRIGGERED_AT = "CamelTimelinesAiPartnerTriggeredAt";
    @Metadata(label = "producer", javaType = "dev.seed.camel.timelinesai.partner.model.QrCode", description = "users/qr with qrImage=true: the typed response (link, expiry, disconnected and revoked flags) while the body holds the PNG (out).")
    public static final String QR_CODE = "CamelTimelinesAiPartnerQrCode";
    @Metadata(label = "producer", javaType = "String", description = "users/qr with qrImage=true: the qr_link the PNG encodes (out).")
    public static final String QR_LINK = "CamelTimelinesAiPartnerQrLink";
    @Metadata(label = "producer", javaType = "String", description = "users/qr with qrImage=true: when the link expires (ISO date-time, out).")
    public static final String QR_EXPIRES_AT = "CamelTimelinesAiPartnerQrExpiresAt";
    @Metadata(label = "producer", javaType = "String", description = "users/qr with qrImage=true: image/png, the media type of the body (out).")
    public static final String CONTENT_TYPE = Exchange.CONTENT_TYPE;

    private TimelinesAiPartnerConstants() {
    }
}
