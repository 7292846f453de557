package dev.seed.camel.timelinesai.simulator.partner;

/** An error the Partner API answers with: HTTP status, machine code ({@code error}) and description. */
public final class PartnerApiException extends RuntimeException {
    private final int status;
    private final String error;

    public PartnerApiException(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() { return status; }
    public String error() { return error; }

    public static PartnerApiException invalidRequest(String description) {
        return new PartnerApiException(400, "invalid_request", description);
    }

    public static PartnerApiException workspaceNotFound(String workspaceId) {
        return new PartnerApiException(404, "workspace_not_found", "Workspace \"" + workspaceId + "\" not found");
    }

    public static PartnerApiException userNotFound(String workspaceId, String userId) {
        return new PartnerApiException(404, "user_not_found",
                "User \"" + userId + "\" not found in workspace \"" + workspaceId + "\"");
    }
}
