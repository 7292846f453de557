package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;

/** A WhatsApp (QR-linked) account connected to the simulated workspace. */
public final class WhatsAppAccount {
    private final String id;
    private final String phone;
    private final String accountName;
    private final String ownerName;
    private final String ownerEmail;
    private Instant connectedOn;
    private Instant disconnectedOn;
    private String status = "active";

    public WhatsAppAccount(String phone, String accountName, String ownerName, String ownerEmail, Instant connectedOn) {
        this.phone = phone;
        this.id = phone.replace("+", "") + "@s.whatsapp.net";
        this.accountName = accountName;
        this.ownerName = ownerName;
        this.ownerEmail = ownerEmail;
        this.connectedOn = connectedOn;
    }

    public String id() { return id; }
    public String phone() { return phone; }
    public String accountName() { return accountName; }
    public String ownerName() { return ownerName; }
    public String ownerEmail() { return ownerEmail; }
    public Instant connectedOn() { return connectedOn; }
    public Instant disconnectedOn() { return disconnectedOn; }
    public String status() { return status; }

    /** The binary status the REST endpoint shows: {@code active} or {@code disconnected}. */
    public String restStatus() { return "active".equals(status) ? "active" : "disconnected"; }

    public boolean isActive() { return "active".equals(status); }

    public void setStatus(String status, Instant at) {
        this.status = status;
        if ("active".equals(status)) {
            this.connectedOn = at;
            this.disconnectedOn = null;
        } else if ("disconnected".equals(status)) {
            this.disconnectedOn = at;
        }
    }
}
