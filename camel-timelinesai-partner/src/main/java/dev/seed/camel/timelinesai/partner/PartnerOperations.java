package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.api.PartnerClient;
import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.QrRequest;
import dev.seed.camel.timelinesai.partner.model.UsersCreateRequest;
import dev.seed.camel.timelinesai.partner.model.WorkspaceCreateRequest;
import dev.seed.camel.timelinesai.partner.model.WorkspaceScoped;
import dev.seed.camel.timelinesai.partner.model.WorkspaceUpdateRequest;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Runs one Partner API operation for one exchange: inputs from a model body, else the {@code CamelTimelinesAiPartner*}
 * header, else the endpoint option; the typed result becomes the body (with qrImage, users/qr puts a PNG of the
 * link there instead), the workspace id a header.
 */
final class PartnerOperations {
    private final PartnerClient client;

    PartnerOperations(PartnerClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiPartnerOperation operation, TimelinesAiPartnerConfiguration config, Exchange exchange) {
        Message in = exchange.getMessage();
        Object result = switch (operation) {
            case WORKSPACES_CREATE -> client.workspaces().create(createRequest(config, exchange));
            case WORKSPACES_GET -> client.workspaces().get(workspaceId(config, exchange));
            case WORKSPACES_UPDATE -> client.workspaces().update(workspaceId(config, exchange),
                    updateRequest(config, exchange));
            case USERS_CREATE -> client.users().create(workspaceId(config, exchange), usersRequest(config, exchange));
            case USERS_QR -> client.users().qr(workspaceId(config, exchange), userId(config, exchange),
                    new QrRequest(intValue(exchange, TimelinesAiPartnerConstants.EXPIRES_IN_HOURS,
                            config.getExpiresInHours())));
            case USERS_DISCONNECT -> client.users().disconnect(workspaceId(config, exchange), userId(config, exchange));
            case TOKENS_GET -> handOver(client.tokens().get(workspaceId(config, exchange)), config, exchange);
            case TOKENS_ROTATE -> handOver(client.tokens().rotate(workspaceId(config, exchange)), config, exchange);
        };
        if (result instanceof QrCode qr && config.isQrImage()) {
            setQrImage(qr, config, in);
        } else {
            in.setBody(result);
        }
        String workspaceId = result instanceof WorkspaceScoped scoped ? scoped.workspaceId() : null;
        if (workspaceId != null) {
            in.setHeader(TimelinesAiPartnerConstants.WORKSPACE_ID, workspaceId);
        }
    }

    /** The PNG of the link becomes the body; the record, the link and its expiry become headers. */
    private static void setQrImage(QrCode qr, TimelinesAiPartnerConfiguration config, Message message) {
        Integer size = config.getQrImageSize();
        byte[] png;
        try {
            png = QrCodePng.render(qr.qrLink(), size == null ? QrCodePng.DEFAULT_SIZE : size);
        } catch (RuntimeException e) {
            throw new IllegalStateException("users/qr issued a link for user " + qr.userId() + " of workspace "
                    + qr.workspaceId() + " (expires " + qr.expiresAt() + "), but its QR code image could not be "
                    + "rendered: " + e.getMessage(), e);
        }
        message.setHeader(TimelinesAiPartnerConstants.QR_CODE, qr);
        message.setHeader(TimelinesAiPartnerConstants.QR_LINK, qr.qrLink());
        message.setHeader(TimelinesAiPartnerConstants.QR_EXPIRES_AT, qr.expiresAt());
        message.setHeader(TimelinesAiPartnerConstants.CONTENT_TYPE, QrCodePng.CONTENT_TYPE);
        message.setBody(png);
    }

    /** Gives the token to the {@code tokenTarget} timelinesai component, whose endpoints use it from now on. */
    private static PublicApiToken handOver(PublicApiToken token, TimelinesAiPartnerConfiguration config,
                                           Exchange exchange) {
        String target = config.getTokenTarget();
        if (target != null) {
            Component component = exchange.getContext().getComponent(target, false);
            if (!(component instanceof TimelinesAiComponent timelinesAi)) {
                throw new IllegalArgumentException("Option tokenTarget names '" + target + "', which is not a "
                        + "timelinesai component of this CamelContext; the " + (token.rotatedAt() == null ? "" : "new ")
                        + "token was not handed over");
            }
            timelinesAi.setToken(token.token());
        }
        return token;
    }

    private static WorkspaceCreateRequest createRequest(TimelinesAiPartnerConfiguration config, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof WorkspaceCreateRequest r) {
            return r;
        }
        String name = string(exchange, TimelinesAiPartnerConstants.DISPLAY_NAME, config.getDisplayName());
        if (name == null && body instanceof String s && !s.isBlank()) {
            name = s.trim();
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Missing displayName: set the option displayName, the header "
                    + TimelinesAiPartnerConstants.DISPLAY_NAME + ", a String body or a WorkspaceCreateRequest body");
        }
        Integer seats = intValue(exchange, TimelinesAiPartnerConstants.SEATS_PURCHASED, config.getSeatsPurchased());
        return new WorkspaceCreateRequest(name, seats == null ? 1 : seats);
    }

    private static WorkspaceUpdateRequest updateRequest(TimelinesAiPartnerConfiguration config, Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof WorkspaceUpdateRequest r) {
            return r;
        }
        String name = string(exchange, TimelinesAiPartnerConstants.DISPLAY_NAME, config.getDisplayName());
        Integer seats = intValue(exchange, TimelinesAiPartnerConstants.SEATS_PURCHASED, config.getSeatsPurchased());
        if (name == null && seats == null) {
            throw new IllegalArgumentException("workspaces/update needs displayName and/or seatsPurchased (options, "
                    + "headers " + TimelinesAiPartnerConstants.DISPLAY_NAME + " / "
                    + TimelinesAiPartnerConstants.SEATS_PURCHASED + ") or a WorkspaceUpdateRequest body");
        }
        return new WorkspaceUpdateRequest(name, seats);
    }

    private static UsersCreateRequest usersRequest(TimelinesAiPartnerConfiguration config, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof UsersCreateRequest r) {
            return checkCount(r.count(), "the UsersCreateRequest body");
        }
        Integer count = intValue(exchange, TimelinesAiPartnerConstants.COUNT, config.getCount());
        if (count == null && body instanceof Number n) {
            count = n.intValue();
        }
        if (count == null) {
            throw new IllegalArgumentException("Missing count: set the option count, the header "
                    + TimelinesAiPartnerConstants.COUNT + ", a numeric body or a UsersCreateRequest body");
        }
        return checkCount(count, "count");
    }

    /** users/create creates 1 to 99 users, whether the count comes from the option, the header or the body. */
    private static UsersCreateRequest checkCount(int count, String source) {
        if (count < TimelinesAiPartnerOptionsValidator.MIN_USERS || count > TimelinesAiPartnerOptionsValidator.MAX_USERS) {
            throw new IllegalArgumentException("users/create: " + source + " must be between "
                    + TimelinesAiPartnerOptionsValidator.MIN_USERS + " and " + TimelinesAiPartnerOptionsValidator.MAX_USERS
                    + ", was " + count + "; nothing was created");
        }
        return new UsersCreateRequest(count);
    }

    private static String workspaceId(TimelinesAiPartnerConfiguration config, Exchange exchange) {
        String id = string(exchange, TimelinesAiPartnerConstants.WORKSPACE_ID, config.getWorkspaceId());
        if (id == null && exchange.getMessage().getBody() instanceof String s && !s.isBlank()) {
            id = s.trim();
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Missing workspaceId: set the option workspaceId, the header "
                    + TimelinesAiPartnerConstants.WORKSPACE_ID + " or a String body");
        }
        return id;
    }

    private static long userId(TimelinesAiPartnerConfiguration config, Exchange exchange) {
        Object header = exchange.getMessage().getHeader(TimelinesAiPartnerConstants.USER_ID);
        if (header != null) {
            return number(exchange, TimelinesAiPartnerConstants.USER_ID, header);
        }
        if (config.getUserId() != null) {
            return config.getUserId();
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof Number n) {
            return n.longValue();
        }
        if (body instanceof String s && s.trim().matches("\\d+")) {
            return Long.parseLong(s.trim());
        }
        throw new IllegalArgumentException("Missing userId: set the option userId, the header "
                + TimelinesAiPartnerConstants.USER_ID + " or a numeric body");
    }

    private static String string(Exchange exchange, String header, String option) {
        String value = exchange.getMessage().getHeader(header, String.class);
        return value != null ? value : option;
    }

    private static Integer intValue(Exchange exchange, String header, Integer option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option;
        }
        return Math.toIntExact(number(exchange, header, value));
    }

    private static long number(Exchange exchange, String header, Object value) {
        Long converted = exchange.getContext().getTypeConverter().convertTo(Long.class, exchange, value);
        if (converted == null) {
            throw new IllegalArgumentException("Header " + header + " must be a number, was " + value);
        }
        return converted;
    }
}
