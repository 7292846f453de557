package dev.seed.camel.timelinesai.api;

import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.waba.WabaAccount;
import dev.seed.camel.timelinesai.model.waba.WabaAccountList;
import dev.seed.camel.timelinesai.model.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.model.waba.WabaAnalyticsRequest;

/** WhatsApp Business Platform accounts and their analytics: {@code /waba/accounts}. */
public final class WabaAccountsApi {
    private final PublicApi api;

    WabaAccountsApi(PublicApi api) {
        this.api = api;
    }

    public WabaAccountList list() {
        return api.data(ApiRequest.get("/waba/accounts"), WabaAccountList.class);
    }

    /** {@code GET /waba/accounts/{id}}: the account with its WABA profile. */
    public WabaAccount get(long accountId) {
        return api.data(ApiRequest.get(path(accountId)), WabaAccount.class);
    }

    /**
     * {@code POST /waba/accounts/{id}/analytics}: starts (or finds, for an identical request) the computation and
     * returns its handle and state. Repeating it cannot do harm, so it may be retried.
     */
    public WabaAnalytics requestAnalytics(long accountId, WabaAnalyticsRequest request) {
        return api.data(ApiRequest.post(path(accountId) + "/analytics").retryable().entity(PublicApi.json(request)),
                WabaAnalytics.class);
    }

    /**
     * {@code GET /waba/accounts/{id}/analytics/{handle}}: the state of a request, with the result once ready. The
     * handle is scoped to the workspace; the account id only completes the path.
     */
    public WabaAnalytics analytics(long accountId, String handle) {
        return api.data(ApiRequest.get(path(accountId) + "/analytics/" + PathSegments.encode(handle)),
                WabaAnalytics.class);
    }

    private static String path(long accountId) {
        return "/waba/accounts/" + accountId;
    }
}
