package dev.seed.camel.timelinesai.simulator.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Teammates and invitations: {@code GET /workspace/teammates}, {@code GET /workspace/teammates/me},
 * {@code POST /workspace/invitations} (invite, or update an existing member's role and team) and
 * {@code DELETE /workspace/invitations/{user_id}} (revoke a pending invitation).
 */
public final class TeammatesApi implements RouteGroup {
    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 150;
    static final int TEAM_TITLE_MAX = 256;
    /** Status of a user invited but not yet joined. */
    static final String INVITED = "Invited";
    /** Invitation status of a fresh invitation. */
    static final String PENDING = "Pending";
    private static final String DEFAULT_ROLE = "teammate";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final String NOT_FOUND = "User id \"%s\" not found in the workspace";

    private SimulatorContext context;
    private SimulatorState state;

    /** The roles an invitation may give, by their request value. */
    enum Role {
        ADMIN("Admin"), TEAM_SUPERVISOR("Team supervisor"), TEAMMATE("Teammate"), AGENT("Agent"),
        COLLABORATOR("Collaborator");

        private final String display;

        Role(String display) {
            this.display = display;
        }

        static Role parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("role", "Must be one of: " + Arrays.stream(values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        this.context = context;
        this.state = context.state();
        router.get("/workspace/teammates").handler(this::list);
        router.get("/workspace/teammates/me").handler(ctx -> ApiResponses.ok(ctx, toJson(TokenOwner.require(state))));
        router.post("/workspace/invitations").handler(this::invite);
        router.delete("/workspace/invitations/:user_id").handler(this::revoke);
    }

    private void list(RoutingContext ctx) {
        ObjectNode data = Json.object();
        ArrayNode teams = data.putArray("teams");
        WorkspaceTeams.titles(state).forEach(title -> teams.addObject().put("title", title));
        ArrayNode teammates = data.putArray("teammates");
        state.teammates().forEach(t -> teammates.add(toJson(t)));
        ApiResponses.ok(ctx, data);
    }

    private void invite(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String email = body.requiredString("email", EMAIL_MAX).strip();
        if (!EMAIL.matcher(email).matches()) {
            throw ApiException.validation("email", "Not a valid email address.");
        }
        String firstName = body.optionalString("first_name", NAME_MAX);
        String lastName = body.optionalString("last_name", NAME_MAX);
        String teamTitle = body.optionalString("team_title", TEAM_TITLE_MAX);
        if (teamTitle != null && teamTitle.isBlank()) {
            throw ApiException.validation("team_title", "Field may not be blank.");
        }
        String roleValue = body.optionalString("role", 64);
        Role role = roleValue == null ? null : Role.parse(roleValue);
        String displayName = displayName(firstName, lastName);

        Optional<Teammate> existing = state.teammateByEmail(email);
        Teammate teammate;
        if (existing.isPresent()) {
            teammate = existing.get();
            if (role != null && TokenOwner.OWNER_ROLE.equals(teammate.role())) {
                throw new ApiException(403, "permission_denied", "The role of the workspace owner cannot be changed");
            }
            if (role != null) {
                teammate.setRole(role.display);
            }
            if (teamTitle != null) {
                teammate.setTeam(team(teamTitle));
            }
            if (teammate.isInvited() && displayName != null) {
                teammate.setDisplayName(displayName);
            }
        } else {
            if (!state.workspace().seats().tryConsume(1)) {
                throw new ApiException(403, "quota_exceeded", "No free seats: all "
                        + state.workspace().seats().total() + " seats of the workspace are taken");
            }
            teammate = new Teammate(state.nextUserId(), email, displayName != null ? displayName : email,
                    (role != null ? role : Role.parse(DEFAULT_ROLE)).display, team(teamTitle), INVITED, PENDING,
                    state.now());
            state.putTeammate(teammate);
        }
        ApiResponses.ok(ctx, toJson(teammate));
    }

    private void revoke(RoutingContext ctx) {
        long userId = PathParams.id(ctx, "user_id", NOT_FOUND);
        Teammate teammate = state.teammate(userId)
                .orElseThrow(() -> ApiException.notFound(String.format(NOT_FOUND, userId)));
        if (!teammate.isInvited()) {
            throw new ApiException(409, null, "User id \"" + userId + "\" has already accepted the invitation");
        }
        state.removeTeammate(userId);
        state.workspace().seats().refund(1);
        ApiResponses.okMessage(ctx, "Invitation revoked successfully");
    }

    /** An existing team's canonical title, the default team when none is given, else a new team. */
    private String team(String title) {
        if (title == null) {
            return WorkspaceTeams.DEFAULT;
        }
        return WorkspaceTeams.find(state, title).orElse(title.strip());
    }

    private static String displayName(String firstName, String lastName) {
        String joined = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The Teammate shape (WorkspaceTeammatesItem) with the member's WhatsApp accounts. */
    ObjectNode toJson(Teammate teammate) {
        ObjectNode json = Json.object()
                .put("user_id", teammate.userId())
                .put("display_name", teammate.displayName())
                .put("email", teammate.email())
                .put("role", teammate.role())
                .put("team", teammate.team())
                .put("status", teammate.status());
        if (teammate.invitationStatus() != null) {
            json.put("invitation_status", teammate.invitationStatus());
        }
        json.put("created_at", context.timestamps().format(teammate.createdAt()));
        ArrayNode accounts = json.putArray("whatsapp_accounts");
        for (String accountId : teammate.whatsappAccountIds()) {
            state.account(accountId).ifPresent(a -> accounts.add(WhatsAppAccountsApi.toJson(a, context.timestamps())));
        }
        return json;
    }
}
