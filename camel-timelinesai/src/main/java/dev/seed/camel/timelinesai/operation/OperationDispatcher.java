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
        CreditGate credits = new CreditGate(client, statistics);
        MessageOperations messages = new MessageOperations(client, credits);
        handlers.put(TimelinesAiApiName.messages, messages::invoke);
        handlers.put(TimelinesAiApiName.chats, new ChatOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.labels, new LabelOperations(client)::invoke);
        handlers.put(TimelinesAiApiName.files, new FileOperations(client)::invoke);
        WabaTemplateLookup templates = new WabaTemplateLookup(client);
        handlers.put(TimelinesAiApiName.wabaMessages, new WabaMessageOperations(client, credits, templates)::invoke);
        handlers.put(TimelinesAiApiName.wabaTemplates, new WabaTemplateOperations(client, templates)::invoke);
        WabaChatOperations wabaChats = new WabaChatOperations(client);
        handlers.put(TimelinesAiApiName.wabaChats, wabaChats::invoke);
        handlers.put(TimelinesAiApiName.wabaLabels, wabaChats::invoke);
        handlers.put(TimelinesAiApiName.wabaAccounts, new WabaAccountOperations(client)::invoke);
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

    /** Whether {@code operation} waits between its calls by design, so always starts on the producer's pool. */
    public static boolean waitsByDesign(TimelinesAiOperation operation) {
        return operation == TimelinesAiOperation.MESSAGES_AWAIT_STATUS
                || operation == TimelinesAiOperation.WABA_MESSAGES_AWAIT_STATUS
                || operation == TimelinesAiOperation.WABA_ACCOUNTS_AWAIT_ANALYTICS;
    }

    /** Starts an operation that {@link #waitsByDesign waits}; {@code callback} is completed once, from a scheduler thread. */
    public void startWaiting(TimelinesAiOperation operation, TimelinesAiConfiguration config, Exchange exchange,
                             AsyncCallback callback, ScheduledExecutorService scheduler) {
        Params p = new Params(exchange, config);
        switch (operation) {
            case WABA_ACCOUNTS_AWAIT_ANALYTICS -> new AnalyticsAwaiter(client, scheduler).start(p, callback);
            case MESSAGES_AWAIT_STATUS -> new StatusAwaiter(client, scheduler).start(p, callback);
            case WABA_MESSAGES_AWAIT_STATUS -> new StatusAwaiter(client.wabaMessages()::statusHistory, scheduler)
                    .start(p, callback);
            default -> throw new IllegalStateException(operation + " does not wait by design");
        }
    }
}
