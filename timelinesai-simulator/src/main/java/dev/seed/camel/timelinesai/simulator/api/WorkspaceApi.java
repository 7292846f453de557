package dev.seed.camel.timelinesai.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import io.vertx.ext.web.Router;

/** {@code GET /workspace} (identity, plan and quotas) and the legacy {@code GET /workspace/quotas}. */
public final class WorkspaceApi implements RouteGroup {

    @Override
    public void register(Router router, SimulatorContext context) {
        router.get("/workspace").handler(ctx -> ApiResponses.ok(ctx, info(context, true)));
        router.get("/workspace/quotas").handler(ctx -> ApiResponses.ok(ctx, info(context, false)));
    }

    /** WorkspaceInfo, or the legacy WorkspaceQuotaInfo ({@code withIdentity} false). */
    static ObjectNode info(SimulatorContext context, boolean withIdentity) {
        Workspace workspace = context.state().workspace();
        Timestamps timestamps = context.timestamps();
        ObjectNode data = Json.object();
        if (withIdentity) {
            data.put("workspace_id", workspace.workspaceId())
                    .put("display_name", workspace.displayName())
                    .put("plan", workspace.plan());
        }
        data.set("seats", quota(workspace.seats()));
        String periodStart = timestamps.format(workspace.periodStart().toInstant());
        String periodEnd = timestamps.format(workspace.periodEnd().toInstant());
        data.set("messaging_quota", quota(workspace.messagingQuota()).put("period_start", periodStart).put("period_end", periodEnd));
        data.set("api_calls_quota", quota(workspace.apiCallsQuota()).put("period_start", periodStart).put("period_end", periodEnd));
        data.set("non_recurring_quota", Json.object().put("remaining_balance", workspace.nonRecurringQuota().remaining()));
        return data;
    }

    private static ObjectNode quota(Quota quota) {
        return Json.object().put("total", quota.total()).put("used", quota.used());
    }
}
