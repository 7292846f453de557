package dev.seed.camel.timelinesai.simulator.api;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.TextTemplate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Text templates (quick replies): CRUD under {@code /templates} with ISO timestamps, usage tracking, and the
 * legacy {@code /v2/templates} listing and usage tracking (whose POST answers a bare {@code {"success":true}}).
 */
public final class TemplatesApi implements RouteGroup {
    static final int NAME_MAX = 160;
    static final int TEXT_MAX = 4096;
    static final int ORIGIN_MAX = 256;
    static final List<String> VISIBILITIES = List.of("public", "private", "read-only");
    private static final String NOT_FOUND = "Template id \"%s\" not found";
    private static final DateTimeFormatter V2_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Most recently updated first; ties (same second) by newest id. */
    private static final Comparator<TextTemplate> ORDER = Comparator
            .comparing(TextTemplate::updatedAt, Comparator.reverseOrder())
            .thenComparing(TextTemplate::id, Comparator.reverseOrder());

    private final Map<String, Integer> teamIds = new ConcurrentHashMap<>();
    private SimulatorContext context;
    private SimulatorState state;

    @Override
    public void register(Router router, SimulatorContext context) {
        this.context = context;
        this.state = context.state();
        router.get("/templates").handler(ctx -> list(ctx, TemplatesApi::toJson));
        router.post("/templates").handler(this::create);
        router.get("/templates/:template_id").handler(ctx -> ApiResponses.ok(ctx, toJson(find(ctx))));
        router.patch("/templates/:template_id").handler(this::update);
        router.delete("/templates/:template_id").handler(this::delete);
        router.post("/templates/:template_id/track_usage").handler(this::trackUsage);
        router.get("/v2/templates").handler(ctx -> list(ctx, this::toJsonV2));
        router.post("/v2/templates").handler(this::trackUsageV2);
    }

    private List<TextTemplate> ordered() {
        return state.templates().stream().sorted(ORDER).toList();
    }

    /** Every template in one of the two shapes ({@link #toJson}, {@link #toJsonV2}). */
    private void list(RoutingContext ctx, Function<TextTemplate, ObjectNode> shape) {
        List<TextTemplate> templates = ordered();
        ObjectNode data = Json.object().put("templates_count", templates.size());
        ArrayNode items = data.putArray("templates");
        templates.forEach(t -> items.add(shape.apply(t)));
        ApiResponses.ok(ctx, data);
    }

    private void create(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String name = body.requiredString("name", NAME_MAX);
        String text = body.requiredString("text", TEXT_MAX);
        String visibility = body.has("visibility") ? visibility(body) : "public";
        String teamTitle = teamTitle(body);
        TextTemplate template = new TextTemplate(state.nextTemplateId(), name, text, visibility, teamTitle,
                TokenOwner.displayName(state), state.now());
        state.putTemplate(template);
        ApiResponses.ok(ctx, toJson(template));
    }

    private void update(RoutingContext ctx) {
        TextTemplate template = find(ctx);
        JsonRequest body = JsonRequest.of(ctx);
        String name = body.has("name") ? nonNull(body, "name").requiredString("name", NAME_MAX) : null;
        String text = body.has("text") ? nonNull(body, "text").requiredString("text", TEXT_MAX) : null;
        String visibility = body.has("visibility") ? visibility(body) : null;
        String teamTitle = body.has("team_title") ? teamTitle(body) : null;
        boolean changed = false;
        if (name != null) {
            template.setName(name);
            changed = true;
        }
        if (text != null) {
            template.setText(text);
            changed = true;
        }
        if (visibility != null) {
            template.setVisibility(visibility);
            changed = true;
        }
        if (body.has("team_title")) {
            template.setTeamTitle(teamTitle);
            changed = true;
        }
        if (changed) {
            template.touch(TokenOwner.displayName(state), state.now());
        }
        ApiResponses.ok(ctx, toJson(template));
    }

    private void delete(RoutingContext ctx) {
        TextTemplate template = find(ctx);
        state.removeTemplate(template.id());
        ApiResponses.okNoBody(ctx);
    }

    private void trackUsage(RoutingContext ctx) {
        TextTemplate template = find(ctx);
        JsonRequest.of(ctx).optionalString("origin", ORIGIN_MAX);
        template.recordUsage();
        ApiResponses.okNoBody(ctx);
    }

    private void trackUsageV2(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        Long id = body.optionalLong("template_id", 1, Long.MAX_VALUE);
        if (id == null) {
            throw ApiException.validation("template_id", "Missing data for required field.");
        }
        body.requiredString("origin", ORIGIN_MAX);
        TextTemplate template = template(id);
        template.recordUsage();
        ApiResponses.send(ctx, 200, Json.object().put("success", true));
    }

    private static JsonRequest nonNull(JsonRequest body, String field) {
        if (body.isNull(field)) {
            throw ApiException.validation(field, "Field may not be null.");
        }
        return body;
    }

    private static String visibility(JsonRequest body) {
        String value = nonNull(body, "visibility").requiredString("visibility", 32);
        if (!VISIBILITIES.contains(value)) {
            throw ApiException.validation("visibility", "Must be one of: " + String.join(", ", VISIBILITIES) + ".");
        }
        return value;
    }

    /** null (all teams) when absent or null, else the canonical title of an existing team. */
    private String teamTitle(JsonRequest body) {
        String title = body.optionalString("team_title", TeammatesApi.TEAM_TITLE_MAX);
        if (title == null) {
            return null;
        }
        return WorkspaceTeams.find(state, title).orElseThrow(() -> ApiException.validation("team_title",
                "Team \"" + title + "\" does not exist in the workspace."));
    }

    private TextTemplate find(RoutingContext ctx) {
        return template(PathParams.id(ctx, "template_id", NOT_FOUND));
    }

    private TextTemplate template(long id) {
        return state.template(id).orElseThrow(() -> ApiException.notFound(String.format(NOT_FOUND, id)));
    }

    /** The TemplateInfo shape, timestamps in ISO-8601 UTC. */
    private static ObjectNode toJson(TextTemplate template) {
        ObjectNode json = Json.object()
                .put("id", template.id())
                .put("name", template.name())
                .put("text", template.text())
                .put("visibility", template.visibility())
                .put("team_title", template.teamTitle())
                .put("created_by_name", template.createdByName())
                .put("created_at", Timestamps.iso(template.createdAt()))
                .put("updated_by_name", template.updatedByName())
                .put("updated_at", Timestamps.iso(template.updatedAt()));
        return json;
    }

    /** The legacy TemplateInfoV2 shape; the API token's owner may edit and delete every template. */
    private ObjectNode toJsonV2(TextTemplate template) {
        boolean anyTeam = template.teamTitle() == null;
        ObjectNode json = Json.object()
                .put("id", template.id())
                .put("name", template.name())
                .put("text", template.text())
                .put("created_by_name", template.createdByName())
                .put("updated_by_name", template.updatedByName())
                .put("updated_at", V2_TIME.format(template.updatedAt().atZone(context.timestamps().zone())))
                .put("can_be_edited", true)
                .put("can_be_deleted", true)
                .put("visibility", template.visibility())
                .put("team_any", anyTeam);
        if (anyTeam) {
            json.putNull("team");
        } else {
            json.put("team", teamId(template.teamTitle()));
        }
        json.putObject("sample_data");
        json.put("variable_source", 0);
        return json;
    }

    /** A stable internal id per team title, handed out in the order teams are first seen. */
    private synchronized int teamId(String title) {
        return teamIds.computeIfAbsent(WorkspaceTeams.key(title), k -> teamIds.size() + 1);
    }
}
