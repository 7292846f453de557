package dev.seed.camel.timelinesai.simulator.waba;

import java.util.List;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.events.WebhookDispatcher;
import dev.seed.camel.timelinesai.simulator.files.TemporaryFileLinks;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.waba.admin.WabaAdminApi;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaAccountsApi;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaChatsApi;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaMessagesApi;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaSendApi;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaTemplatesApi;

/**
 * The WhatsApp Business Platform part of the simulator: the 19 {@code /waba} endpoints, their send pipeline,
 * the analytics requests, the {@code waba:*} events and the admin hooks. The records live in
 * {@link WabaState} inside the workspace state.
 */
public final class WabaSimulation {
    private final WabaEvents events;
    private final WabaOutbox outbox;
    private final WabaAnalytics analytics;

    public WabaSimulation(SimulatorContext context, WebhookDispatcher dispatcher, Messaging messaging) {
        this.events = new WabaEvents(context.state(), dispatcher,
                new WabaPayloads(context.timestamps(), TemporaryFileLinks.of(context)::issue));
        this.outbox = new WabaOutbox(context, messaging.outbox(), events);
        this.analytics = new WabaAnalytics(context.state());
    }

    /** The Public API route groups under {@code /waba}. */
    public List<RouteGroup> publicApiGroups() {
        return List.of(new WabaChatsApi(events), new WabaMessagesApi(), new WabaSendApi(outbox),
                new WabaAccountsApi(analytics), new WabaTemplatesApi());
    }

    /** The admin route group ({@code /__admin/waba/...}). */
    public RouteGroup adminGroup() {
        return new WabaAdminApi(events, analytics);
    }

    public WabaEvents events() { return events; }
    public WabaOutbox outbox() { return outbox; }
    public WabaAnalytics analytics() { return analytics; }

    /** Drops queued sends and analytics requests (the records are reseeded with the workspace). */
    public void reset() {
        outbox.reset();
        analytics.reset();
    }
}
