package dev.seed.camel.timelinesai.operation;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import dev.seed.camel.timelinesai.TimelinesAiApiName;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * The table of operation handlers: the producer looks its operation's handler up once and calls it for each
 * exchange. {@code messages/send} has its own entry ({@link MessageOperations#send}); the other operations go
 * through their API group's handler.
 */
public final class OperationDispatcher {
    /** Runs one operation for one exchange: the result goes on the exchange, failures are thrown. */
    public interface OperationHandler {
        void run(Exchange exchange, TimelinesAiConfiguration config);
    }

    /** The operations of one API group. */
    interface Handler {
        void invoke(TimelinesAiOperation operation, Params p);
    }

    private final Map<TimelinesAiApiName, Handler> handlers = new EnumMap<>(TimelinesAiApiName.class);
    private final Map<TimelinesAiOperation, OperationHandler> table = new EnumMap<>(TimelinesAiOperation.class);
    private final TimelinesAiClient client;

    /** {@code statistics} counts the sends refused for want of credits. */
    public OperationDispatcher(TimelinesAiClient client, TimelinesAiStatistics statistics) {
        this.client = client;
        Handler admin = new AdminOperations(client)::invoke;
        MessageOperations messages = new MessageOperations(client, new CreditGate(client, statistics));
        handlers.put(TimelinesAiApiName.messages, messages::invoke);
        handlers.put(TimelinesAiApiName.chats, new ChatOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.labels, new LabelOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.files, new FileOperations(client)::invoke);
        for (TimelinesAiApiName api : TimelinesAiApiName.values()) {
            handlers.putIfAbsent(api, admin);
        }
        for (TimelinesAiOperation operation : TimelinesAiOperation.values()) {
            Handler group = handlers.get(operation.api());
            table.put(operation, (exchange, config) -> group.invoke(operation, new Params(exchange, config)));
        }
        table.put(TimelinesAiOperation.MESSAGES_SEND, messages::send);
    }

    /** The handler of {@code operation}, to call for each exchange. */
    public OperationHandler handler(TimelinesAiOperation operation) {
        return table.get(operation);
    }

    /** Starts {@code messages/awaitStatus}; {@code callback} is completed once, from a scheduler thread. */
    public void awaitStatus(TimelinesAiConfiguration config, Exchange exchange, AsyncCallback callback,
                            ScheduledExecutorService scheduler) {
        new StatusAwaiter(client, scheduler).start(new Params(exchange, config), callback);
    }
}
