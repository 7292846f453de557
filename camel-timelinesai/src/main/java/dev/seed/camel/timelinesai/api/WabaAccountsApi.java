package dev.seed.camel.timelinesai.api;

/** WhatsApp Business Platform accounts and their analytics: {@code /waba/accounts}. */
public final class WabaAccountsApi {
    private final PublicApi api;

    WabaAccountsApi(PublicApi api) {
        this.api = api;
    }
}
