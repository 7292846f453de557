package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A chat (direct or group) owned by one WhatsApp account of the workspace. */
public final class Chat {
    private final long id;
    private final String jid;
    private final boolean group;
    private final String accountId;
    private final Instant createdAt;
    private String name;
    private String phone;
    private boolean closed;
    private boolean read = true;
    private final Set<String> labels = new LinkedHashSet<>();
    private boolean chatgptAutoresponseEnabled;
    private String responsibleEmail;
    private String responsibleName;
    private String lastMessageUid;
    private Instant lastMessageAt;
    private boolean unattended;
    private boolean allowedToMessage = true;
    private final List<GroupMember> groupMembers = new ArrayList<>();

    /** A member of a group chat. */
    public record GroupMember(String name, String phone, String role, Long chatId) {
    }

    public Chat(long id, String jid, boolean group, String accountId, String name, String phone, Instant createdAt) {
        this.id = id;
        this.jid = jid;
        this.group = group;
        this.accountId = accountId;
        this.name = name;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    public long id() { return id; }
    public String jid() { return jid; }
    public boolean isGroup() { return group; }
    public String accountId() { return accountId; }
    public Instant createdAt() { return createdAt; }
    public String name() { return name; }
    public void setName(String name) { this.name = name; }
    public String phone() { return phone; }
    public boolean closed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public boolean read() { return read; }
    public void setRead(boolean read) { this.read = read; }
    public Set<String> labels() { return labels; }
    public boolean chatgptAutoresponseEnabled() { return chatgptAutoresponseEnabled; }
    public void setChatgptAutoresponseEnabled(boolean enabled) { this.chatgptAutoresponseEnabled = enabled; }
    public String responsibleEmail() { return responsibleEmail; }
    public String responsibleName() { return responsibleName; }

    public void setResponsible(String email, String name) {
        this.responsibleEmail = email;
        this.responsibleName = name;
    }

    public String lastMessageUid() { return lastMessageUid; }
    public Instant lastMessageAt() { return lastMessageAt; }

    public void setLastMessage(String uid, Instant at) {
        this.lastMessageUid = uid;
        this.lastMessageAt = at;
    }

    public boolean unattended() { return unattended; }
    public void setUnattended(boolean unattended) { this.unattended = unattended; }
    public boolean allowedToMessage() { return allowedToMessage; }
    public void setAllowedToMessage(boolean allowed) { this.allowedToMessage = allowed; }
    public List<GroupMember> groupMembers() { return groupMembers; }

    /** The chat's page in the web app, relative as the live API returns it. */
    public String chatUrl() { return "/chat/" + id + "/messages/"; }
}
