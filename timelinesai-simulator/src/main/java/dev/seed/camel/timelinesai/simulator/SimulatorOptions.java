package dev.seed.camel.timelinesai.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.contract.SpecFolder;

/** How a simulator instance behaves; build with {@link #builder()}. Defaults follow the real service. */
public final class SimulatorOptions {
    private final String host;
    private final int port;
    private final String token;
    private final ZoneId zone;
    private final Duration sendInterval;
    private final Duration sendJitter;
    private final Duration webhookTimeout;
    private final int webhookAttempts;
    private final Duration webhookBackoff;
    private final boolean rateLimitEnabled;
    private final int rateLimitPerSecond;
    private final int rateLimitBurst;
    private final long messagingQuota;
    private final long apiCallsQuota;
    private final SpecFolder specFolder;
    private final String contractCheckSummary;
    private final boolean seed;
    private final Duration fileUrlTtl;
    private final String partnerId;
    private final String partnerSecret;
    private final String partnerWebhookUrl;

    private SimulatorOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.token = b.token;
        this.zone = b.zone;
        this.sendInterval = b.sendInterval;
        this.sendJitter = b.sendJitter;
        this.webhookTimeout = b.webhookTimeout;
        this.webhookAttempts = b.webhookAttempts;
        this.webhookBackoff = b.webhookBackoff;
        this.rateLimitEnabled = b.rateLimitEnabled;
        this.rateLimitPerSecond = b.rateLimitPerSecond;
        this.rateLimitBurst = b.rateLimitBurst;
        this.messagingQuota = b.messagingQuota;
        this.apiCallsQuota = b.apiCallsQuota;
        this.specFolder = b.checkContract ? b.resolveSpecFolder() : null;
        this.contractCheckSummary = !b.checkContract ? "Contract checks off (switched off in the simulator options)"
                : specFolder != null ? "Contract checks on: API traffic is checked against the vendor specs in " + specFolder
                : "Contract checks off: " + SpecFolder.whyAbsent();
        this.seed = b.seed;
        this.fileUrlTtl = b.fileUrlTtl;
        this.partnerId = b.partnerId;
        this.partnerSecret = b.partnerSecret;
        this.partnerWebhookUrl = b.partnerWebhookUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options for fast tests: no send spacing, short webhook backoff, no rate limit. */
    public static Builder forTests() {
        return builder().sendInterval(Duration.ZERO).sendJitter(Duration.ZERO)
                .webhookBackoff(Duration.ofMillis(50)).rateLimitEnabled(false);
    }

    public String host() { return host; }
    /** 0 means a free port. */
    public int port() { return port; }
    /** The seeded workspace's Public API token. */
    public String token() { return token; }
    public ZoneId zone() { return zone; }
    /** Gap between two dispatched sends of one WhatsApp account (about 2 s in the real service). */
    public Duration sendInterval() { return sendInterval; }
    /** Random extra gap, up to this much, added to {@link #sendInterval()}. */
    public Duration sendJitter() { return sendJitter; }
    public Duration webhookTimeout() { return webhookTimeout; }
    public int webhookAttempts() { return webhookAttempts; }
    public Duration webhookBackoff() { return webhookBackoff; }
    public boolean rateLimitEnabled() { return rateLimitEnabled; }
    public int rateLimitPerSecond() { return rateLimitPerSecond; }
    public int rateLimitBurst() { return rateLimitBurst; }
    public long messagingQuota() { return messagingQuota; }
    public long apiCallsQuota() { return apiCallsQuota; }
    /**
     * Whether each Public and Partner API request and response is checked against the vendor's OpenAPI specs:
     * checks were not switched off and a {@link #specFolder() spec folder} was found.
     */
    public boolean checkContract() { return specFolder != null; }
    /** The vendor specs the traffic is checked against; empty when contract checks are off. */
    public Optional<SpecFolder> specFolder() { return Optional.ofNullable(specFolder); }
    /** One line saying whether contracts are checked and against which folder (or why not). */
    public String contractCheckSummary() { return contractCheckSummary; }
    /** Whether the workspace starts with accounts, teammates, chats and messages. */
    public boolean seed() { return seed; }
    /** How long a file's {@code temporary_download_url} works (15 minutes in the real service). */
    public Duration fileUrlTtl() { return fileUrlTtl; }
    /** The Partner ID the Partner API expects in {@code X-TL-Partner-Id} and the JWT's {@code partner_id}. */
    public String partnerId() { return partnerId; }
    /** The Partner Secret that signs Partner API JWTs and partner webhook signatures. */
    public String partnerSecret() { return partnerSecret; }
    /** Where partner webhooks go; null sends none. */
    public String partnerWebhookUrl() { return partnerWebhookUrl; }

    /** Builder of {@link SimulatorOptions}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String token = "4d2d0239-e28c-4f4a-8a4d-3a3ca40056b8";
        private ZoneId zone = ZoneId.of("UTC");
        private Duration sendInterval = Duration.ofMillis(2000);
        private Duration sendJitter = Duration.ofMillis(500);
        private Duration webhookTimeout = Duration.ofSeconds(5);
        private int webhookAttempts = 3;
        private Duration webhookBackoff = Duration.ofSeconds(1);
        private boolean rateLimitEnabled = true;
        private int rateLimitPerSecond = 30;
        private int rateLimitBurst = 10;
        private long messagingQuota = 10_000;
        private long apiCallsQuota = 200_000;
        private boolean checkContract = true;
        private Path specDir;
        private boolean seed = true;
        private Duration fileUrlTtl = Duration.ofMinutes(15);
        private String partnerId = "acme-partner";
        private String partnerSecret = "simulator-partner-secret-for-tests-only";
        private String partnerWebhookUrl;

        public Builder host(String v) { this.host = v; return this; }
        public Builder port(int v) { this.port = v; return this; }
        public Builder token(String v) { this.token = v; return this; }
        public Builder zone(ZoneId v) { this.zone = v; return this; }
        public Builder sendInterval(Duration v) { this.sendInterval = v; return this; }
        public Builder sendJitter(Duration v) { this.sendJitter = v; return this; }
        public Builder webhookTimeout(Duration v) { this.webhookTimeout = v; return this; }
        public Builder webhookAttempts(int v) { this.webhookAttempts = v; return this; }
        public Builder webhookBackoff(Duration v) { this.webhookBackoff = v; return this; }
        public Builder rateLimitEnabled(boolean v) { this.rateLimitEnabled = v; return this; }
        public Builder rateLimit(int perSecond, int burst) { this.rateLimitPerSecond = perSecond; this.rateLimitBurst = burst; return this; }
        public Builder messagingQuota(long v) { this.messagingQuota = v; return this; }
        public Builder apiCallsQuota(long v) { this.apiCallsQuota = v; return this; }
        /** Switches contract checks off even when a spec folder is there (on by default). */
        public Builder checkContract(boolean v) { this.checkContract = v; return this; }
        /**
         * The folder of the vendor's OpenAPI specs; it must exist. Without it the folder named by the system
         * property {@value SpecFolder#PROPERTY} or the environment variable {@value SpecFolder#ENV} is used when
         * it exists, else contracts are not checked.
         */
        public Builder specDir(Path v) { this.specDir = v; return this; }
        public Builder seed(boolean v) { this.seed = v; return this; }
        public Builder fileUrlTtl(Duration v) { this.fileUrlTtl = v; return this; }
        public Builder partnerId(String v) { this.partnerId = v; return this; }
        public Builder partnerSecret(String v) { this.partnerSecret = v; return this; }
        public Builder partnerWebhookUrl(String v) { this.partnerWebhookUrl = v; return this; }

        public SimulatorOptions build() {
            if (webhookAttempts < 1) {
                throw new IllegalArgumentException("webhookAttempts must be at least 1");
            }
            if (fileUrlTtl == null || fileUrlTtl.isNegative()) {
                throw new IllegalArgumentException("fileUrlTtl must be zero or positive");
            }
            if (partnerId == null || partnerId.isBlank() || partnerSecret == null || partnerSecret.isEmpty()) {
                throw new IllegalArgumentException("partnerId and partnerSecret must not be empty");
            }
            return new SimulatorOptions(this);
        }

        private SpecFolder resolveSpecFolder() {
            return specDir != null ? SpecFolder.of(specDir) : SpecFolder.find().orElse(null);
        }
    }
}
