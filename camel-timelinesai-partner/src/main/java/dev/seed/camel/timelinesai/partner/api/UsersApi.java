package dev.seed.camel.timelinesai.partner.api;

import dev.seed.camel.timelinesai.partner.model.Disconnection;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.QrRequest;
import dev.seed.camel.timelinesai.partner.model.UsersCreateRequest;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** Users of a partner workspace: create, issue a WhatsApp QR link, disconnect WhatsApp. */
public final class UsersApi {
    private final PartnerApi api;

    UsersApi(PartnerApi api) {
        this.api = api;
    }

    public UsersCreated create(String workspaceId, UsersCreateRequest request) {
        return api.call(ApiRequest.post(users(workspaceId)).entity(PartnerApi.json(request)), UsersCreated.class);
    }

    /** Issues a QR onboarding link; destructive: disconnects the user's account and revokes their previous link. */
    public QrCode qr(String workspaceId, long userId, QrRequest request) {
        ApiRequest call = ApiRequest.post(users(workspaceId) + "/" + userId + "/qr");
        if (request != null && request.expiresInHours() != null) {
            call.entity(PartnerApi.json(request));
        }
        return api.call(call, QrCode.class);
    }

    public Disconnection disconnect(String workspaceId, long userId) {
        return api.call(ApiRequest.post(users(workspaceId) + "/" + userId + "/whatsapp/disconnect"),
                Disconnection.class);
    }

    private static String users(String workspaceId) {
        return "/workspaces/" + PartnerApi.segment(workspaceId) + "/users";
    }
}
