package dev.seed.camel.timelinesai.operation;

import java.util.concurrent.ScheduledExecutorService;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/** Runs one operation for one exchange, choosing the handler by the operation enum. */
public final class OperationDispatcher {
    private final MessageOperations messages;
    private final ChatOperations chats;
    private final LabelOperations labels;
    private final FileOperations files;
    private final AdminOperations admin;
    private final StatusAwaiter awaiter;

    public OperationDispatcher(TimelinesAiClient client, ScheduledExecutorService scheduler) {
        this(client, scheduler, new TimelinesAiStatistics());
    }

    /** {@code statistics} counts the sends refused for want of credits. */
    public OperationDispatcher(TimelinesAiClient client, ScheduledExecutorService scheduler,
                               TimelinesAiStatistics statistics) {
        this.messages = new MessageOperations(client, new CreditGate(client, statistics));
        this.chats = new ChatOperations(client);
        this.labels = new LabelOperations(client);
        this.files = new FileOperations(client);
        this.admin = new AdminOperations(client);
        this.awaiter = new StatusAwaiter(client, scheduler);
    }

    /**
     * Runs the operation and completes the callback exactly once with {@code doneSync = false}; failures are set
     * on the exchange, never thrown.
     */
    public void run(TimelinesAiOperation operation, TimelinesAiConfiguration config, Exchange exchange,
                    AsyncCallback callback) {
        Params p = new Params(exchange, config);
        try {
            switch (operation.api()) {
                case messages -> {
                    if (operation == TimelinesAiOperation.MESSAGES_AWAIT_STATUS) {
                        awaiter.start(p, callback);
                        return;
                    }
                    messages.invoke(operation, p);
                }
                case chats -> chats.invoke(operation, p);
                case labels -> labels.invoke(operation, p);
                case files -> files.invoke(operation, p);
                default -> admin.invoke(operation, p);
            }
        } catch (Throwable e) {
            exchange.setException(e);
            exchange.setProperty(TimelinesAiConstants.FAILURE_PROPERTY, e);
        }
        callback.done(false);
    }
}
