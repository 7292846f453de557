package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Duration;
import java.time.Instant;

import dev.seed.camel.timelinesai.simulator.state.Chat;

/**
 * A chat of one WABA account with one contact: the chat record the QR chats use (name, labels, responsible,
 * last message…) plus the owning WABA account and Meta's 24-hour customer-service window.
 */
public final class WabaChat {
    /** How long an inbound customer message keeps the window open. */
    public static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    private final Chat chat;
    private final long wabaAccountId;
    /** When the window closes; null while the contact has never written. */
    private volatile Instant windowExpiresAt;

    public WabaChat(Chat chat, long wabaAccountId) {
        this.chat = chat;
        this.wabaAccountId = wabaAccountId;
    }

    public Chat chat() { return chat; }
    public long id() { return chat.id(); }
    public long wabaAccountId() { return wabaAccountId; }
    public String phone() { return chat.phone(); }

    /** The contact wrote at {@code at}: the window is open for 24 hours from then. */
    public void customerWrote(Instant at) {
        Instant until = at.plus(SERVICE_WINDOW);
        if (windowExpiresAt == null || until.isAfter(windowExpiresAt)) {
            windowExpiresAt = until;
        }
    }

    /** Moves the end of the window (admin hook); a moment in the past closes it. */
    public void setWindowExpiresAt(Instant at) {
        this.windowExpiresAt = at;
    }

    /** Null when no inbound message was ever recorded, else whether the window is open at {@code now}. */
    public Boolean windowOpen(Instant now) {
        Instant until = windowExpiresAt;
        return until == null ? null : now.isBefore(until);
    }

    public boolean isWindowOpen(Instant now) {
        return Boolean.TRUE.equals(windowOpen(now));
    }

    /** When the open window closes; null when it is closed or unknown. */
    public Instant windowExpiresAt(Instant now) {
        return isWindowOpen(now) ? windowExpiresAt : null;
    }
}
