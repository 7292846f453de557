package dev.seed.camel.timelinesai.api;

/** WhatsApp Business Platform messages: {@code /waba/messages}, {@code /waba/chats/{id}/messages} (send) and a message's status history and reactions. */
public final class WabaMessagesApi {
    private final PublicApi api;

    WabaMessagesApi(PublicApi api) {
        this.api = api;
    }
}
