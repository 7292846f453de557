package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.consumer.PollStateStore;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code timelinesai:events} consumer: webhook or poll mode, security and delivery semantics. */
@UriParams
public class TimelinesAiEventsConfiguration extends TimelinesAiWebhookConfiguration {
    @UriParam(label = "consumer", description = "Comma-separated event types the consumer receives, e.g. message:received:new,chat:new. The 16 workspace types are message:new, message:sent:new, message:received:new, message:reaction, chat:new, chat:incoming:new, chat:outgoing:new, chat:responsible:assigned, chat:responsible:unassigned, whatsapp:account:connected, whatsapp:account:disconnected, whatsapp:account:suspended, whatsapp:account:resumed, call:incoming:missed, call:incoming:ended and call:outgoing:ended. Required for timelinesai:events.")
    private String eventTypes;
    @UriParam(label = "consumer", defaultValue = "webhook", enums = "webhook,poll", description = "webhook serves an HTTP path through camel-platform-http that TimelinesAI posts events to; poll needs no public URL: it polls chats and messages and yields the message and chat-creation events it can observe.")
    private String mode = "webhook";
    @UriParam(label = "consumer", defaultValue = "/timelinesai/events", description = "The HTTP path served through camel-platform-http (webhook mode).")
    private String webhookPath = "/timelinesai/events";
    @UriParam(label = "consumer", description = "The public base URL (scheme, host, port and any proxy prefix) at which TimelinesAI reaches this application's HTTP server; webhookPath and the secret are appended. When set and webhookAutoRegister is on, the consumer creates its subscriptions on start and deletes them on stop.")
    private String webhookExternalUrl;
    @UriParam(label = "consumer", defaultValue = "true", description = "Create (or reuse) one TimelinesAI webhook subscription per event type on start and delete the ones created on stop; only when webhookExternalUrl is set.")
    private boolean webhookAutoRegister = true;
    @UriParam(label = "consumer,advanced", defaultValue = "none", enums = "none,register,unregister", description = "One-shot mode for platforms that scale to zero: register creates or reuses the subscriptions, unregister deletes those of this URL; either way no HTTP path is served and the CamelContext is stopped afterwards. none runs the consumer normally.")
    private String webhookAction = "none";
    @UriParam(label = "consumer,advanced", defaultValue = "10", description = "How many webhook subscriptions the workspace may have (10 by default at TimelinesAI; more with the paid add-on). Registration fails before creating anything when it would exceed it.")
    private int webhookSubscriptionLimit = 10;
    @UriParam(label = "consumer,security", secret = true, description = "The shared secret TimelinesAI must send as query parameter secret (TimelinesAI cannot sign deliveries). Compared in constant time; missing answers 401, wrong 403. When not set, a random one is generated on start (fine with auto-registration; set it when you register the URL yourself).")
    private String webhookSecret;
    @UriParam(label = "consumer,security", secret = true, description = "When set, deliveries must also carry the header Authorization with the value Bearer followed by a space and this token (for a proxy that adds it).")
    private String webhookBearerToken;
    @UriParam(label = "consumer,security", secret = true, description = "When set together with webhookBasicAuthPassword, deliveries must also carry this HTTP Basic user (for a proxy that adds it).")
    private String webhookBasicAuthUsername;
    @UriParam(label = "consumer,security", secret = true, description = "The HTTP Basic password that goes with webhookBasicAuthUsername.")
    private String webhookBasicAuthPassword;
    @UriParam(label = "consumer,security", description = "Comma-separated IP addresses or CIDR ranges (IPv4 or IPv6) allowed to post; others get 403. The peer address of the connection is checked (vertx runtime, or a servlet request), not X-Forwarded-For.")
    private String webhookAllowedIps;
    @UriParam(label = "consumer", defaultValue = "afterRoute", enums = "afterRoute,afterHandover", description = "When a delivery is answered. afterRoute: after the route processed the exchange (at-least-once; a failed route answers 500 so TimelinesAI redelivers, so keep the route under TimelinesAI's 5 s timeout). afterHandover: as soon as the event was sent to handoverUri (a queue of your choice); the route then consumes it from there.")
    private String acknowledge = "afterRoute";
    @UriParam(label = "consumer", description = "With acknowledge=afterHandover: the endpoint (e.g. seda:whatsapp-in or jms:queue:whatsapp-in) events are handed to as JSON text with the event headers; the consumer also consumes from it and feeds its route.")
    private String handoverUri;
    @UriParam(label = "consumer", defaultValue = "true", description = "Drop repeated deliveries of the same event (natural keys such as event type plus message uid, else a digest of the payload).")
    private boolean idempotent = true;
    @UriParam(label = "consumer", defaultValue = "false", description = "Download the files of message events right away (their URLs expire 15 minutes after the delivery) into header CamelTimelinesAiAttachments as a List of DownloadedAttachment.")
    private boolean downloadAttachments = false;
    @UriParam(label = "consumer,poll", defaultValue = "30000", javaType = "java.time.Duration", description = "Poll mode: the delay between two polls (milliseconds or a duration such as 1m).")
    private long pollDelay = 30000;
    @UriParam(label = "consumer,poll", defaultValue = "20", description = "Poll mode: the most chat pages (50 chats each) read in one poll when many chats changed.")
    private int pollMaxChatPages = 20;
    @UriParam(label = "consumer,poll", description = "Poll mode: where the cursor is kept between restarts; a JSON file (pollStateFile) by default.")
    private PollStateStore pollStateStore;
    @UriParam(label = "consumer,poll", description = "Poll mode: the cursor file of the default state store. By default a file poll-HASH.json in the folder .camel-timelinesai of the working directory, where HASH is derived from the base URL, the workspace and the event types (not the token, so the cursor survives a token rotation).")
    private String pollStateFile;
    @UriParam(label = "consumer,health", defaultValue = "true", description = "With webhookAutoRegister and webhookExternalUrl: every healthCheckInterval, recreate the subscriptions this consumer relies on that were deleted and re-enable the ones that were disabled at TimelinesAI (for example by a teammate in the UI), logging a WARN for each. With false the consumer's health check only reports them DOWN.")
    private boolean webhookRepair = true;
    @UriParam(label = "consumer,health", defaultValue = "0", javaType = "java.time.Duration", description = "Webhook mode: the consumer's health check is DOWN when no delivery was accepted for this long while a WhatsApp account is connected (for workspaces that always have traffic). 0 turns the check off.")
    private long webhookMaxSilence;
    @UriParam(label = "consumer,poll,health", defaultValue = "3", description = "Poll mode: the consumer's health check is DOWN after this many failed polls in a row (0 turns it off).")
    private int pollFailureThreshold = 3;
    @UriParam(label = "consumer,cluster", description = "A Camel cluster service (for example KubernetesClusterService from camel-kubernetes, or FileLockClusterService from camel-file on a shared folder) that elects one leader among the replicas running this route: only the leader registers and repairs the webhook subscriptions and runs the poll loop; every replica serves webhook deliveries, and another replica takes over when the leader goes. When not set, the cluster service added to the CamelContext is used if there is one; without any the consumer works alone. With a cluster service webhookSecret is required.")
    private CamelClusterService clusterService;
    @UriParam(label = "consumer,cluster", defaultValue = "timelinesai-events", description = "The namespace (lock or lease name) in which the replicas of this route elect their leader through the cluster service: letters, digits, dot, underscore and dash. Give each application its own when several share one cluster service.")
    private String clusterNamespace = "timelinesai-events";
    @UriParam(label = "consumer", defaultValue = "auto", enums = "auto,true,false", description = "Whether the consumer deletes, when it stops, the webhook subscriptions it created on start. auto: true when the consumer works alone, false with a cluster service (a stopping replica leaves the subscriptions to the others). false keeps them, for example across rolling restarts of a single instance; true together with a cluster service is refused.")
    private String unregisterOnStop = "auto";

    public CamelClusterService getClusterService() {
        return clusterService;
    }

    public void setClusterService(CamelClusterService clusterService) {
        this.clusterService = clusterService;
    }

    public String getClusterNamespace() {
        return clusterNamespace;
    }

    public void setClusterNamespace(String clusterNamespace) {
        this.clusterNamespace = clusterNamespace;
    }

    public String getUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(String unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    public boolean isWebhookRepair() {
        return webhookRepair;
    }

    public void setWebhookRepair(boolean webhookRepair) {
        this.webhookRepair = webhookRepair;
    }

    public long getWebhookMaxSilence() {
        return webhookMaxSilence;
    }

    public void setWebhookMaxSilence(long webhookMaxSilence) {
        this.webhookMaxSilence = webhookMaxSilence;
    }

    public int getPollFailureThreshold() {
        return pollFailureThreshold;
    }

    public void setPollFailureThreshold(int pollFailureThreshold) {
        this.pollFailureThreshold = pollFailureThreshold;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookAction() {
        return webhookAction;
    }

    public void setWebhookAction(String webhookAction) {
        this.webhookAction = webhookAction;
    }

    public int getWebhookSubscriptionLimit() {
        return webhookSubscriptionLimit;
    }

    public void setWebhookSubscriptionLimit(int webhookSubscriptionLimit) {
        this.webhookSubscriptionLimit = webhookSubscriptionLimit;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getWebhookBearerToken() {
        return webhookBearerToken;
    }

    public void setWebhookBearerToken(String webhookBearerToken) {
        this.webhookBearerToken = webhookBearerToken;
    }

    public String getWebhookBasicAuthUsername() {
        return webhookBasicAuthUsername;
    }

    public void setWebhookBasicAuthUsername(String webhookBasicAuthUsername) {
        this.webhookBasicAuthUsername = webhookBasicAuthUsername;
    }

    public String getWebhookBasicAuthPassword() {
        return webhookBasicAuthPassword;
    }

    public void setWebhookBasicAuthPassword(String webhookBasicAuthPassword) {
        this.webhookBasicAuthPassword = webhookBasicAuthPassword;
    }

    public String getWebhookAllowedIps() {
        return webhookAllowedIps;
    }

    public void setWebhookAllowedIps(String webhookAllowedIps) {
        this.webhookAllowedIps = webhookAllowedIps;
    }

    public String getAcknowledge() {
        return acknowledge;
    }

    public void setAcknowledge(String acknowledge) {
        this.acknowledge = acknowledge;
    }

    public String getHandoverUri() {
        return handoverUri;
    }

    public void setHandoverUri(String handoverUri) {
        this.handoverUri = handoverUri;
    }

    public boolean isIdempotent() {
        return idempotent;
    }

    public void setIdempotent(boolean idempotent) {
        this.idempotent = idempotent;
    }

    public boolean isDownloadAttachments() {
        return downloadAttachments;
    }

    public void setDownloadAttachments(boolean downloadAttachments) {
        this.downloadAttachments = downloadAttachments;
    }

    public long getPollDelay() {
        return pollDelay;
    }

    public void setPollDelay(long pollDelay) {
        this.pollDelay = pollDelay;
    }

    public int getPollMaxChatPages() {
        return pollMaxChatPages;
    }

    public void setPollMaxChatPages(int pollMaxChatPages) {
        this.pollMaxChatPages = pollMaxChatPages;
    }

    public PollStateStore getPollStateStore() {
        return pollStateStore;
    }

    public void setPollStateStore(PollStateStore pollStateStore) {
        this.pollStateStore = pollStateStore;
    }

    public String getPollStateFile() {
        return pollStateFile;
    }

    public void setPollStateFile(String pollStateFile) {
        this.pollStateFile = pollStateFile;
    }

    /** Never shows the secrets. */
    @Override
    public String toString() {
        return "TimelinesAiEventsConfiguration[mode=" + mode + ", eventTypes=" + eventTypes + ", webhookPath="
                + webhookPath + ", webhookExternalUrl=" + webhookExternalUrl + ", acknowledge=" + acknowledge
                + ", webhookSecret=" + mask(webhookSecret) + ", webhookBearerToken=" + mask(webhookBearerToken)
                + ", webhookBasicAuthUsername=" + mask(webhookBasicAuthUsername) + ", webhookBasicAuthPassword="
                + mask(webhookBasicAuthPassword) + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "null" : "xxxxxx";
    }
}
