package dev.seed.camel.timelinesai.api;

import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.waba.WabaTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplatePage;

/** WhatsApp Business Platform (Meta-approved) templates: {@code /waba/templates}. */
public final class WabaTemplatesApi {
    private final PublicApi api;

    WabaTemplatesApi(PublicApi api) {
        this.api = api;
    }

    /** One page (50 templates, newest first; pages start at 1). */
    public WabaTemplatePage list(int page) {
        return api.data(ApiRequest.get("/waba/templates").query("page", page), WabaTemplatePage.class);
    }

    /** One template with the accounts that may send it and Meta's raw components. */
    public WabaTemplate get(long id) {
        return api.data(ApiRequest.get("/waba/templates/" + id), WabaTemplate.class);
    }
}
