package dev.seed.camel.timelinesai.simulator.partner;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/** The Partner API's JSON shapes of workspaces, users, WhatsApp accounts and QR links (ISO-8601 UTC times). */
final class PartnerJson {

    private PartnerJson() {
    }

    /** PartnerAPIWorkspaceResponse (create and update). */
    static ObjectNode workspace(PartnerWorkspace workspace, List<PartnerWorkspace.SuspendedMember> suspended) {
        Quota seats = workspace.workspace().seats();
        ObjectNode body = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("display_name", workspace.displayName())
                .put("plan_id", workspace.planId())
                .put("seats_total", seats.total())
                .put("seats_available", seats.remaining())
                .put("updated_at", Timestamps.iso(workspace.updatedAt()));
        Long owner = workspace.ownerUserId();
        if (owner != null) {
            body.put("owner_user_id", owner);
        }
        body.put("group_id", workspace.groupId())
                .put("created_at", Timestamps.iso(workspace.createdAt()));
        ArrayNode members = body.putArray("suspended_members");
        for (PartnerWorkspace.SuspendedMember member : suspended) {
            ObjectNode item = members.addObject().put("user_id", member.userId());
            if (member.accountNumber() != null) {
                item.put("whatsapp_account_id", member.accountNumber());
            }
            ArrayNode phones = item.putArray("phone_numbers");
            member.phones().forEach(phones::add);
        }
        return body;
    }

    /** PartnerAPIWorkspaceExtendedResponse. */
    static ObjectNode extended(PartnerWorkspace workspace) {
        Workspace ws = workspace.workspace();
        ObjectNode body = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("display_name", workspace.displayName());
        body.set("seats", quota(ws.seats()));
        body.set("messages_quota", periodQuota(ws.messagingQuota(), ws));
        body.set("api_calls_quota", periodQuota(ws.apiCallsQuota(), ws));
        body.putObject("non_recurring_quota")
                .put("remaining_balance", ws.nonRecurringQuota().remaining())
                .put("last_updated_at", Timestamps.iso(workspace.createdAt()));
        ArrayNode users = body.putArray("users");
        workspace.users().forEach(u -> users.add(user(u)));
        ArrayNode accounts = body.putArray("whatsapp_accounts");
        workspace.accounts().forEach(a -> accounts.add(account(a)));
        ArrayNode links = body.putArray("qr_links");
        for (QrLink link : workspace.activeQrLinks()) {
            links.addObject().put("qr_link", link.url()).put("user_id", link.userId())
                    .put("expires_at", Timestamps.iso(link.expiresAt()));
        }
        return body;
    }

    /** PartnerAPIUser. */
    static ObjectNode user(Teammate user) {
        return Json.object()
                .put("user_id", user.userId())
                .put("display_name", user.displayName())
                .put("role", user.role().toLowerCase(Locale.ROOT))
                .put("email", user.email())
                .put("status", user.status().toLowerCase(Locale.ROOT))
                .put("created_at", Timestamps.iso(user.createdAt()));
    }

    /** PartnerAPIWhatsappAccount. */
    static ObjectNode account(PartnerWorkspace.AccountView view) {
        WhatsAppAccount account = view.account();
        ObjectNode body = Json.object();
        if (view.userId() != null) {
            body.put("user_id", view.userId());
        }
        body.put("connected", account.isActive())
                .put("whatsapp_account_id", view.number())
                .put("phone_number_e164", account.phone())
                .put("connection_status", connectionStatus(account))
                .put("connected_at", Timestamps.iso(account.connectedOn()));
        return body;
    }

    static String connectionStatus(WhatsAppAccount account) {
        return account.isActive() ? "connected" : account.status().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode quota(Quota quota) {
        return Json.object().put("total", quota.total()).put("used", quota.used());
    }

    private static ObjectNode periodQuota(Quota quota, Workspace ws) {
        return quota(quota).put("period_start", Timestamps.iso(ws.periodStart().toInstant()))
                .put("period_end", Timestamps.iso(ws.periodEnd().toInstant().minusSeconds(1)));
    }
}
