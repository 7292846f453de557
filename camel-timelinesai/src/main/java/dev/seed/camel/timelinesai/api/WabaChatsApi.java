package dev.seed.camel.timelinesai.api;

/** WhatsApp Business Platform chats and their labels: {@code /waba/chats}. */
public final class WabaChatsApi {
    private final PublicApi api;

    WabaChatsApi(PublicApi api) {
        this.api = api;
    }
}
