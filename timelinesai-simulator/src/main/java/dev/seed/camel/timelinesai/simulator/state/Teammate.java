package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A workspace member, or a user invited to become one. */
public final class Teammate {
    private final long userId;
    private final String email;
    private final Instant createdAt;
    private String displayName;
    private String role;
    private String team;
    private String status;
    private String invitationStatus;
    private final List<String> whatsappAccountIds = new ArrayList<>();

    public Teammate(long userId, String email, String displayName, String role, String team, String status,
                    String invitationStatus, Instant createdAt) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.team = team;
        this.status = status;
        this.invitationStatus = invitationStatus;
        this.createdAt = createdAt;
    }

    public long userId() { return userId; }
    public String email() { return email; }
    public Instant createdAt() { return createdAt; }
    public String displayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String role() { return role; }
    public void setRole(String role) { this.role = role; }
    public String team() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String status() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String invitationStatus() { return invitationStatus; }
    public void setInvitationStatus(String invitationStatus) { this.invitationStatus = invitationStatus; }
    public List<String> whatsappAccountIds() { return whatsappAccountIds; }

    public boolean isInvited() {
        return "Invited".equals(status);
    }
}
