package dev.seed.camel.timelinesai.event.waba;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;

/** A {@code waba:*} event: a {@link TimelinesAiEvent} that may name the WABA account it concerns. */
public interface WabaEvent extends TimelinesAiEvent {

    /**
     * The internal id of the WABA (WhatsApp Business Platform) account concerned, or {@code null} when the
     * payload names none (template events concern a WABA profile and list its accounts in the body).
     */
    Long wabaAccountId();
}
