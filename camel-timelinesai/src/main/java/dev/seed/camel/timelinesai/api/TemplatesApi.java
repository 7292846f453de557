package dev.seed.camel.timelinesai.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.TemplateInfo;
import dev.seed.camel.timelinesai.model.TemplateRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** Text templates (quick replies): {@code /templates} CRUD and usage tracking. */
public final class TemplatesApi {
    private final PublicApi api;

    TemplatesApi(PublicApi api) {
        this.api = api;
    }

    public List<TemplateInfo> list() {
        JsonNode data = api.data(ApiRequest.get("/templates"));
        return JsonSupport.convert(data.path("templates"), JsonSupport.listOf(TemplateInfo.class));
    }

    public TemplateInfo get(long id) {
        return api.data(ApiRequest.get("/templates/" + id), TemplateInfo.class);
    }

    public TemplateInfo create(TemplateRequest request) {
        return api.data(ApiRequest.post("/templates").entity(PublicApi.json(request)), TemplateInfo.class);
    }

    public TemplateInfo update(long id, TemplateRequest request) {
        return api.data(ApiRequest.patch("/templates/" + id).entity(PublicApi.json(request)), TemplateInfo.class);
    }

    public void delete(long id) {
        api.action(ApiRequest.delete("/templates/" + id));
    }

    /** Records one use of the template (not deduplicated by TimelinesAI). */
    public void trackUsage(long id, String origin) {
        Map<String, Object> body = origin == null ? Map.of() : Map.of("origin", origin);
        api.action(ApiRequest.post("/templates/" + id + "/track_usage").entity(PublicApi.json(body)));
    }
}
