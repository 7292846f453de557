package dev.seed.camel.timelinesai.simulator.waba.api;

import dev.seed.camel.timelinesai.simulator.api.Lookups;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;
import io.vertx.ext.web.RoutingContext;

/** Finds the WABA chat, message, account or template a path names, or answers 404 {@code not_found}. */
public final class WabaLookups {
    static final String CHAT_NOT_FOUND = "WABA chat_id \"%s\" not found";
    static final String ACCOUNT_NOT_FOUND = "WABA account \"%s\" not found";
    static final String TEMPLATE_NOT_FOUND = "WABA template \"%s\" not found";

    private WabaLookups() {
    }

    public static WabaChat chat(RoutingContext ctx, WabaState waba) {
        long id = PathParams.id(ctx, "chat_id", CHAT_NOT_FOUND);
        return waba.chat(id).orElseThrow(() -> chatNotFound(id));
    }

    public static ApiException chatNotFound(Object id) {
        return ApiException.notFound(String.format(CHAT_NOT_FOUND, id));
    }

    public static WabaMessage message(RoutingContext ctx, WabaState waba) {
        String uid = ctx.pathParam("message_uid");
        return waba.message(uid).orElseThrow(() -> Lookups.messageNotFound(uid));
    }

    public static WabaAccount account(RoutingContext ctx, WabaState waba) {
        long id = PathParams.id(ctx, "account_id", ACCOUNT_NOT_FOUND);
        return account(waba, id);
    }

    public static WabaAccount account(WabaState waba, long id) {
        return waba.account(id).orElseThrow(() -> ApiException.notFound(String.format(ACCOUNT_NOT_FOUND, id)));
    }

    public static WabaTemplate template(RoutingContext ctx, WabaState waba) {
        long id = PathParams.id(ctx, "template_id", TEMPLATE_NOT_FOUND);
        return waba.template(id).orElseThrow(() -> ApiException.notFound(String.format(TEMPLATE_NOT_FOUND, id)));
    }

    /** 409 {@code account_inactive} unless the account is active. */
    public static void requireActive(WabaAccount account) {
        if (!account.isActive()) {
            throw new ApiException(409, "account_inactive",
                    "WABA account \"" + account.id() + "\" is not active (" + account.status() + ")");
        }
    }
}
