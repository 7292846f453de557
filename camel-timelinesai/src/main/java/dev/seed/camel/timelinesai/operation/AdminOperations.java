package dev.seed.camel.timelinesai.operation;

import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiAdminOptions;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.Invitation;
import dev.seed.camel.timelinesai.model.TemplateRequest;
import dev.seed.camel.timelinesai.model.WebhookRequest;

/** The {@code accounts/*}, {@code workspace/*}, {@code webhooks/*} and {@code templates/*} operations. */
public final class AdminOperations {
    private final TimelinesAiClient client;

    public AdminOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        TimelinesAiConfiguration c = p.config();
        switch (operation) {
            case ACCOUNTS_LIST -> list(p, client.accounts().list(c.isMembershipScoped()));
            case WORKSPACE_GET -> p.setBody(client.workspace().get());
            case WORKSPACE_TEAMMATES -> p.setBody(client.workspace().teammates());
            case WORKSPACE_ME -> p.setBody(client.workspace().me());
            case WORKSPACE_INVITE -> p.setBody(client.workspace().invite(invitation(p, c)));
            case WORKSPACE_REVOKE_INVITATION -> p.setBody(client.workspace().revokeInvitation(
                    p.requiredId(TimelinesAiConstants.USER_ID, c.getAdminOptions().getUserId(), "userId")));
            case WEBHOOKS_LIST -> list(p, client.webhooks().list());
            case WEBHOOKS_GET -> p.setBody(client.webhooks().get(webhookId(p)));
            case WEBHOOKS_CREATE -> p.setBody(client.webhooks().create(webhook(p, c, true)));
            case WEBHOOKS_UPDATE -> {
                long id = webhookId(p);
                p.setBody(client.webhooks().update(id, webhook(p, c, false)));
            }
            case WEBHOOKS_DELETE -> {
                long id = webhookId(p);
                client.webhooks().delete(id);
                p.setBody(id);
            }
            case TEMPLATES_LIST -> list(p, client.templates().list());
            case TEMPLATES_GET -> p.setBody(client.templates().get(templateId(p)));
            case TEMPLATES_CREATE -> p.setBody(client.templates().create(template(p, c, true)));
            case TEMPLATES_UPDATE -> {
                long id = templateId(p);
                p.setBody(client.templates().update(id, template(p, c, false)));
            }
            case TEMPLATES_DELETE -> {
                long id = templateId(p);
                client.templates().delete(id);
                p.setBody(id);
            }
            case TEMPLATES_TRACK_USAGE -> {
                long id = templateId(p);
                client.templates().trackUsage(id, c.getAdminOptions().getOrigin());
                p.setBody(id);
            }
            default -> throw new IllegalStateException("Not an admin operation: " + operation);
        }
    }

    private static void list(Params p, List<?> items) {
        p.setBody(items);
        p.setHeader(TimelinesAiConstants.RESULT_COUNT, items.size());
    }

    private static long webhookId(Params p) {
        return p.requiredId(TimelinesAiConstants.WEBHOOK_ID, p.config().getAdminOptions().getWebhookId(), "webhookId");
    }

    private static long templateId(Params p) {
        return p.requiredId(TimelinesAiConstants.TEMPLATE_ID, p.config().getAdminOptions().getTemplateId(),
                "templateId");
    }

    private static Invitation invitation(Params p, TimelinesAiConfiguration c) {
        if (p.body() instanceof Invitation i) {
            return i;
        }
        TimelinesAiAdminOptions o = c.getAdminOptions();
        if (o.getEmail() == null || o.getEmail().isBlank()) {
            throw new IllegalArgumentException("workspace/invite needs an Invitation body or the email option");
        }
        return new Invitation(o.getEmail(), o.getFirstName(), o.getLastName(), o.getTeamTitle(), o.getRole());
    }

    private static WebhookRequest webhook(Params p, TimelinesAiConfiguration c, boolean create) {
        TimelinesAiAdminOptions o = c.getAdminOptions();
        WebhookRequest request = p.body() instanceof WebhookRequest w ? w
                : new WebhookRequest(o.getEventType(), o.getWebhookUrl(), o.getEnabled());
        if (create && (request.eventType() == null || request.url() == null)) {
            throw new IllegalArgumentException("webhooks/create needs a WebhookRequest body or the options eventType "
                    + "and webhookUrl");
        }
        if (!create && request.eventType() == null && request.url() == null && request.enabled() == null) {
            throw new IllegalArgumentException("webhooks/update needs a WebhookRequest body or at least one of the "
                    + "options eventType, webhookUrl, enabled");
        }
        return request;
    }

    private static TemplateRequest template(Params p, TimelinesAiConfiguration c, boolean create) {
        TimelinesAiAdminOptions o = c.getAdminOptions();
        TemplateRequest request = p.body() instanceof TemplateRequest t ? t
                : new TemplateRequest(o.getTemplateName(), p.string(TimelinesAiConstants.TEXT, c.getText()),
                        o.getVisibility(), o.getTeamTitle());
        if (create && (request.name() == null || request.text() == null)) {
            throw new IllegalArgumentException("templates/create needs a TemplateRequest body or the options "
                    + "templateName and text");
        }
        if (!create && request.name() == null && request.text() == null && request.visibility() == null
                && request.teamTitle() == null) {
            throw new IllegalArgumentException("templates/update needs a TemplateRequest body or at least one of the "
                    + "options templateName, text, visibility, teamTitle");
        }
        return request;
    }
}
