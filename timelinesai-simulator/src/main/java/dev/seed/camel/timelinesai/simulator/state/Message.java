package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message (or note, or call entry) in a chat's history. */
public final class Message {
    private final String uid;
    private final long chatId;
    private final Instant timestamp;
    private final Instant receivedTimestamp;
    private final boolean fromMe;
    private final String text;
    private final String senderPhone;
    private final String senderName;
    private final String recipientPhone;
    private final String recipientName;
    private final String origin;
    private final String messageType;
    private final String createdBy;
    private final String replyTo;
    private final StoredFile attachment;
    private final int credits;
    private final List<StatusChange> statusHistory = new ArrayList<>();
    /** reactor phone to emoji; the workspace's own account reacts under its own phone. */
    private final Map<String, Reaction> reactions = new LinkedHashMap<>();

    /** A reaction placed on this message by one WhatsApp user. */
    public record Reaction(String name, String phone, String emoji, boolean current) {
    }

    private Message(Builder b) {
        this.uid = b.uid;
        this.chatId = b.chatId;
        this.timestamp = b.timestamp;
        this.receivedTimestamp = b.receivedTimestamp != null ? b.receivedTimestamp : b.timestamp;
        this.fromMe = b.fromMe;
        this.text = b.text;
        this.senderPhone = b.senderPhone;
        this.senderName = b.senderName;
        this.recipientPhone = b.recipientPhone;
        this.recipientName = b.recipientName;
        this.origin = b.origin;
        this.messageType = b.messageType;
        this.createdBy = b.createdBy;
        this.replyTo = b.replyTo;
        this.attachment = b.attachment;
        this.credits = b.credits;
    }

    public static Builder builder(String uid, long chatId, Instant timestamp) {
        return new Builder(uid, chatId, timestamp);
    }

    public String uid() { return uid; }
    public long chatId() { return chatId; }
    public Instant timestamp() { return timestamp; }
    public Instant receivedTimestamp() { return receivedTimestamp; }
    public boolean fromMe() { return fromMe; }
    public String text() { return text; }
    public String senderPhone() { return senderPhone; }
    public String senderName() { return senderName; }
    public String recipientPhone() { return recipientPhone; }
    public String recipientName() { return recipientName; }
    public String origin() { return origin; }
    public String messageType() { return messageType; }
    public String createdBy() { return createdBy; }
    public String replyTo() { return replyTo; }
    public StoredFile attachment() { return attachment; }
    public int credits() { return credits; }
    public List<StatusChange> statusHistory() { return statusHistory; }
    public Map<String, Reaction> reactions() { return reactions; }

    /** The latest status, or {@code Pending} before the first change. */
    public String status() {
        return statusHistory.isEmpty() ? "Pending" : statusHistory.get(statusHistory.size() - 1).status();
    }

    public void addStatus(String status, Instant at, String failureReason) {
        statusHistory.add(new StatusChange(status, at, failureReason));
    }

    /** Builds a message; all fields but uid, chat id and timestamp are optional. */
    public static final class Builder {
        private final String uid;
        private final long chatId;
        private final Instant timestamp;
        private Instant receivedTimestamp;
        private boolean fromMe;
        private String text;
        private String senderPhone;
        private String senderName;
        private String recipientPhone;
        private String recipientName;
        private String origin = "Public API";
        private String messageType = "whatsapp";
        private String createdBy = "";
        private String replyTo;
        private StoredFile attachment;
        private int credits;

        private Builder(String uid, long chatId, Instant timestamp) {
            this.uid = uid;
            this.chatId = chatId;
            this.timestamp = timestamp;
        }

        public Builder receivedTimestamp(Instant v) { this.receivedTimestamp = v; return this; }
        public Builder fromMe(boolean v) { this.fromMe = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder sender(String phone, String name) { this.senderPhone = phone; this.senderName = name; return this; }
        public Builder recipient(String phone, String name) { this.recipientPhone = phone; this.recipientName = name; return this; }
        public Builder origin(String v) { this.origin = v; return this; }
        public Builder messageType(String v) { this.messageType = v; return this; }
        public Builder createdBy(String v) { this.createdBy = v; return this; }
        public Builder replyTo(String v) { this.replyTo = v; return this; }
        public Builder attachment(StoredFile v) { this.attachment = v; return this; }
        public Builder credits(int v) { this.credits = v; return this; }

        public Message build() {
            return new Message(this);
        }
    }
}
