package dev.seed.camel.timelinesai.partner.event;

/** A partner webhook event: the fields every one of the eight types has. */
public interface PartnerEvent {

    String workspaceId();

    String partnerId();

    String eventType();

    /** When TimelinesAI triggered it (ISO date-time). */
    String triggeredAt();

    /** The user the event concerns, for WhatsApp account events; {@code null} otherwise. */
    default Long userId() {
        return null;
    }

    /** Whether the fields the partner webhook spec requires are present. */
    boolean isComplete();
}
