package dev.seed.camel.timelinesai.api;

/** WhatsApp Business Platform (Meta-approved) templates: {@code /waba/templates}. */
public final class WabaTemplatesApi {
    private final PublicApi api;

    WabaTemplatesApi(PublicApi api) {
        this.api = api;
    }
}
