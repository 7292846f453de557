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

/** Finds an operation's handler in a table by its API group and runs it for one exchange. */
public final class OperationDispatcher {
    /** The operations of one API group. */
    interface Handler {
        void invoke(TimelinesAiOperation operation, Params p);
    }

    private final Map<TimelinesAiApiName, Handler> handlers = new EnumMap<>(TimelinesAiApiName.class);
    private final TimelinesAiClient client;

    public OperationDispatcher(TimelinesAiClient client) {
        this(client, new TimelinesAiStatistics());
    }

    /** {@code statistics} counts the sends refused for want of credits. */
    public OperationDispatcher(TimelinesAiClient client, TimelinesAiStatistics statistics) {
        this.client = client;
        Handler admin = new AdminOperations(client)::invoke;
        handlers.put(TimelinesAiApiName.messages, new MessageOperations(client, new CreditGate(client, statistics))::invoke);
        handlers.put(TimelinesAiApiName.chats, new ChatOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.labels, new LabelOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.files, new FileOperations(client)::invoke);
        for (TimelinesAiApiName api : TimelinesAiApiName.values()) {
            handlers.putIfAbsent(api, admin);
        }
    }

    /** Runs the operation on the current thread; the result goes on the exchange, failures are thrown. */
    public void run(TimelinesAiOperation operation, TimelinesAiConfiguration config, Exchange exchange) {
        handlers.get(operation.api()).invoke(operation, new Params(exchange, config));
    }

    /** Starts {@code messages/awaitStatus}; {@code callback} is completed once, from a scheduler thread. */
    public void awaitStatus(TimelinesAiConfiguration config, Exchange exchange, AsyncCallback callback,
                            ScheduledExecutorService scheduler) {
        new StatusAwaiter(client, scheduler).start(new Params(exchange, config), callback);
    }
}
