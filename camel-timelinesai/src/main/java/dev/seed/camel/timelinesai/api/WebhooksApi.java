package dev.seed.camel.timelinesai.api;

import java.util.List;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** Webhook subscriptions ({@code /webhooks} CRUD; create is idempotent on event type and URL). */
public final class WebhooksApi {
    private final PublicApi api;

    WebhooksApi(PublicApi api) {
        this.api = api;
    }

    public List<WebhookInfo> list() {
        return api.data(ApiRequest.get("/webhooks"), JsonSupport.listOf(WebhookInfo.class));
    }

    public WebhookInfo get(long id) {
        return api.data(ApiRequest.get("/webhooks/" + id), WebhookInfo.class);
    }

    public WebhookInfo create(WebhookRequest request) {
        return api.data(ApiRequest.post("/webhooks").retryable().entity(PublicApi.json(request)), WebhookInfo.class);
    }

    /** {@code PUT /webhooks/{id}}: a partial update, only non-null fields change. */
    public WebhookInfo update(long id, WebhookRequest request) {
        return api.data(ApiRequest.put("/webhooks/" + id).entity(PublicApi.json(request)), WebhookInfo.class);
    }

    public void delete(long id) {
        api.action(ApiRequest.delete("/webhooks/" + id));
    }
}
