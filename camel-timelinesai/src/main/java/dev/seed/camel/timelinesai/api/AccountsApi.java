package dev.seed.camel.timelinesai.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** The WhatsApp accounts of the workspace ({@code GET /whatsapp_accounts}, {@code /v2/whatsapp_accounts}). */
public final class AccountsApi {
    private final PublicApi api;

    AccountsApi(PublicApi api) {
        this.api = api;
    }

    public List<WhatsAppAccount> list(boolean v2) {
        JsonNode data = api.data(ApiRequest.get(v2 ? "/v2/whatsapp_accounts" : "/whatsapp_accounts"));
        return JsonSupport.convert(data.path("whatsapp_accounts"), JsonSupport.listOf(WhatsAppAccount.class));
    }
}
