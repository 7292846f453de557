package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;
import java.util.List;

/** A WhatsApp Business Platform (Cloud API) phone number connected to the workspace, addressed by its internal id. */
public final class WabaAccount {
    /** The lifecycle statuses the REST API shows. */
    public static final List<String> STATUSES = List.of("active", "disabled", "disconnected");

    private final long id;
    private final String metaPhoneId;
    private final String metaWabaId;
    private final String displayPhoneNumber;
    private final String accountName;
    private final String ownerName;
    private final String ownerEmail;
    private volatile Instant connectedOn;
    private volatile String status;

    public WabaAccount(long id, String metaPhoneId, String metaWabaId, String displayPhoneNumber, String accountName,
                       String ownerName, String ownerEmail, Instant connectedOn, String status) {
        this.id = id;
        this.metaPhoneId = metaPhoneId;
        this.metaWabaId = metaWabaId;
        this.displayPhoneNumber = displayPhoneNumber;
        this.accountName = accountName;
        this.ownerName = ownerName;
        this.ownerEmail = ownerEmail;
        this.connectedOn = connectedOn;
        this.status = status;
    }

    public long id() { return id; }
    public String metaPhoneId() { return metaPhoneId; }
    public String metaWabaId() { return metaWabaId; }
    /** As Meta shows it, e.g. {@code +1 555 010 1234}. */
    public String displayPhoneNumber() { return displayPhoneNumber; }
    /** The E.164 form of the display number, e.g. {@code +15550101234}. */
    public String phone() { return "+" + displayPhoneNumber.replaceAll("[^0-9]", ""); }
    public String accountName() { return accountName; }
    public String ownerName() { return ownerName; }
    public String ownerEmail() { return ownerEmail; }
    public Instant connectedOn() { return connectedOn; }
    public String status() { return status; }
    public boolean isActive() { return "active".equals(status); }

    /**
     * The raw lifecycle state of the webhook payloads: {@code active}, {@code disabled} or {@code removed}
     * (a disconnected account is {@code removed} there).
     */
    public String webhookState() {
        return "disconnected".equals(status) ? "removed" : status;
    }

    /** Moves to a status; becoming active again counts as a new connection. */
    public void setStatus(String status, Instant at) {
        if ("active".equals(status) && !"active".equals(this.status)) {
            this.connectedOn = at;
        }
        this.status = status;
    }
}
