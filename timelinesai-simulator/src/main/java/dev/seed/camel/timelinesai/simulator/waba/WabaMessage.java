package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;

import dev.seed.camel.timelinesai.simulator.state.Message;

/**
 * A message of a WABA chat: the shared message record plus what only WABA messages carry — the template it
 * was sent from and Meta's failure reason.
 */
public final class WabaMessage {
    private final Message message;
    private final long wabaAccountId;
    private final WabaTemplate template;
    private volatile Failure failure;

    /** Meta's reason for a failed message: its error code, title and details. */
    public record Failure(int code, String title, String details) {
    }

    public WabaMessage(Message message, long wabaAccountId, WabaTemplate template) {
        this.message = message;
        this.wabaAccountId = wabaAccountId;
        this.template = template;
    }

    public Message message() { return message; }
    public String uid() { return message.uid(); }
    public long chatId() { return message.chatId(); }
    public long wabaAccountId() { return wabaAccountId; }
    /** The template of a template message, else null. */
    public WabaTemplate template() { return template; }
    public Failure failure() { return failure; }

    /** Records the failure as the message's last status. */
    public void fail(Failure failure, Instant at) {
        this.failure = failure;
        message.addStatus("Failed", at, failure.title());
    }
}
