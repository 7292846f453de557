package dev.seed.camel.timelinesai.partner;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Every Partner API operation, by API group and name. */
public enum TimelinesAiPartnerOperation {
    WORKSPACES_CREATE(TimelinesAiPartnerApiName.workspaces, "create"),
    WORKSPACES_GET(TimelinesAiPartnerApiName.workspaces, "get"),
    WORKSPACES_UPDATE(TimelinesAiPartnerApiName.workspaces, "update"),
    USERS_CREATE(TimelinesAiPartnerApiName.users, "create"),
    USERS_QR(TimelinesAiPartnerApiName.users, "qr"),
    USERS_DISCONNECT(TimelinesAiPartnerApiName.users, "disconnect"),
    TOKENS_GET(TimelinesAiPartnerApiName.tokens, "get"),
    TOKENS_ROTATE(TimelinesAiPartnerApiName.tokens, "rotate");

    /** Every operation name, for the catalog. */
    public static final String ALL_NAMES = "create,get,update,qr,disconnect,rotate";

    private final TimelinesAiPartnerApiName api;
    private final String operationName;

    TimelinesAiPartnerOperation(TimelinesAiPartnerApiName api, String operationName) {
        this.api = api;
        this.operationName = operationName;
    }

    public TimelinesAiPartnerApiName api() {
        return api;
    }

    public String operationName() {
        return operationName;
    }

    /** The operation of an API group, or a clear error listing the valid ones. */
    public static TimelinesAiPartnerOperation of(TimelinesAiPartnerApiName api, String name) {
        for (TimelinesAiPartnerOperation op : values()) {
            if (op.api == api && op.operationName.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown operation '" + name + "' for api " + api + "; valid: "
                + Arrays.stream(values()).filter(op -> op.api == api).map(op -> op.operationName)
                        .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return api + "/" + operationName;
    }
}
