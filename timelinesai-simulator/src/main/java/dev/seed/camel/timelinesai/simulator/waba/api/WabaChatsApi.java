package dev.seed.camel.timelinesai.simulator.waba.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.ChatUpdateChecks;
import dev.seed.camel.timelinesai.simulator.api.LabelsApi;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaEvents;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /waba/chats} with its filters, {@code GET} and {@code PATCH /waba/chats/{chat_id}} (assignment
 * and closing fire the {@code waba:chat:*} events), and the chat's labels ({@code GET}, {@code POST} replaces,
 * {@code PUT} adds).
 */
public final class WabaChatsApi implements RouteGroup {
    private static final Set<String> PATCH_FIELDS = Set.of("name", "responsible", "closed", "read");
    private final WabaEvents events;

    public WabaChatsApi(WabaEvents events) {
        this.events = events;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        WabaJson json = new WabaJson(context);
        router.get("/waba/chats").handler(ctx -> list(ctx, context, json));
        router.get("/waba/chats/:chat_id").handler(ctx ->
                ApiResponses.ok(ctx, json.chat(WabaLookups.chat(ctx, context.state().waba()), false)));
        router.patch("/waba/chats/:chat_id").handler(ctx -> update(ctx, context, json));
        router.get("/waba/chats/:chat_id/labels").handler(ctx ->
                ApiResponses.ok(ctx, LabelsApi.labels(WabaLookups.chat(ctx, context.state().waba()).chat())));
        router.post("/waba/chats/:chat_id/labels").handler(ctx ->
                LabelsApi.change(ctx, WabaLookups.chat(ctx, context.state().waba()).chat(), true));
        router.put("/waba/chats/:chat_id/labels").handler(ctx ->
                LabelsApi.change(ctx, WabaLookups.chat(ctx, context.state().waba()).chat(), false));
    }

    private static void list(RoutingContext ctx, SimulatorContext context, WabaJson json) {
        QueryParams q = new QueryParams(ctx);
        WabaPaging paging = WabaPaging.of(q);
        Boolean withMsg = q.bool("with_msg");
        Predicate<WabaChat> filter = filter(q);
        List<WabaChat> matching = context.state().waba().chats().stream().filter(filter).toList();
        ObjectNode data = Json.object().put("has_more_pages", paging.hasMore(matching));
        ArrayNode chats = data.putArray("chats");
        paging.items(matching).forEach(c -> chats.add(json.chat(c, Boolean.TRUE.equals(withMsg))));
        ApiResponses.ok(ctx, data);
    }

    /** {@code waba_account_id} (ids, comma-separated), {@code responsible}, {@code closed}, {@code whatsapp_phone}. */
    private static Predicate<WabaChat> filter(QueryParams q) {
        List<Predicate<WabaChat>> all = new ArrayList<>();
        List<Long> accounts = new ArrayList<>();
        for (String raw : q.csv("waba_account_id")) {
            try {
                accounts.add(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                throw ApiException.validation("waba_account_id", "Not a valid list of integers.");
            }
        }
        if (!accounts.isEmpty()) {
            all.add(c -> accounts.contains(c.wabaAccountId()));
        }
        List<String> responsible = q.csv("responsible").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (!responsible.isEmpty()) {
            all.add(c -> c.chat().responsibleEmail() != null
                    && responsible.contains(c.chat().responsibleEmail().toLowerCase(Locale.ROOT)));
        }
        Boolean closed = q.bool("closed");
        if (closed != null) {
            all.add(c -> c.chat().closed() == closed);
        }
        List<String> phones = q.csv("whatsapp_phone").stream().map(Phones::sanitise).toList();
        if (!phones.isEmpty()) {
            all.add(c -> phones.stream().anyMatch(p -> Phones.matchesContact(p, c.phone())));
        }
        return c -> all.stream().allMatch(p -> p.test(c));
    }

    private void update(RoutingContext ctx, SimulatorContext context, WabaJson json) {
        SimulatorState state = context.state();
        WabaChat waba = WabaLookups.chat(ctx, state.waba());
        Chat chat = waba.chat();
        JsonRequest body = JsonRequest.of(ctx);
        body.node().fieldNames().forEachRemaining(field -> {
            if (!PATCH_FIELDS.contains(field)) {
                throw ApiException.validation(field, "Unknown field.");
            }
        });
        String name = body.optionalString("name", 256);
        String responsible = body.optionalString("responsible", 254);
        Boolean closed = body.optionalBoolean("closed");
        Boolean read = body.optionalBoolean("read");
        ChatUpdateChecks.name(name, chat.id(), n -> state.waba().chatByName(n).map(WabaChat::id));
        Teammate assignee = ChatUpdateChecks.assignee(state, responsible);
        if (name != null) {
            chat.setName(name);
        }
        if (read != null) {
            chat.setRead(read);
        }
        if (responsible != null) {
            reassign(waba, assignee);
        }
        if (closed != null && closed != chat.closed()) {
            chat.setClosed(closed);
            events.chatChanged(closed ? "closed" : "reopened", waba);
        }
        ApiResponses.ok(ctx, json.chat(waba, false));
    }

    /** Applies a new responsible (null = unassign) and fires the matching event if anything changed. */
    private void reassign(WabaChat waba, Teammate assignee) {
        Chat chat = waba.chat();
        String previous = chat.responsibleEmail();
        if (assignee == null) {
            if (previous != null) {
                chat.setResponsible(null, null);
                events.chatChanged("unassigned", waba);
            }
        } else if (!assignee.email().equalsIgnoreCase(previous == null ? "" : previous)) {
            chat.setResponsible(assignee.email(), assignee.displayName());
            events.chatChanged("assigned", waba);
        }
    }
}
