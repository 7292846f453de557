package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;
import dev.seed.camel.timelinesai.model.waba.WabaTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplatePage;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateVerdict;

/**
 * The operations of the wabaTemplates API group (WhatsApp Business Platform message templates); {@code templates}
 * is the lookup shared with {@link WabaMessageOperations} (one cache of the templates read).
 */
record WabaTemplateOperations(TimelinesAiClient client, WabaTemplateLookup templates) {

    void invoke(TimelinesAiOperation operation, Params p) {
        switch (operation) {
            case WABA_TEMPLATES_LIST -> listTemplates(p);
            case WABA_TEMPLATES_GET -> p.setBody(client.wabaTemplates().get(p.requiredId(
                    TimelinesAiConstants.TEMPLATE_ID, p.config().getAdminOptions().getTemplateId(), "templateId")));
            case WABA_TEMPLATES_CHECK -> check(p);
            default -> throw new IllegalStateException("Not a wabaTemplates operation: " + operation);
        }
    }

    /** {@code wabaTemplates/list}: one page, or with followPages the following ones too, as one page. */
    private void listTemplates(Params p) {
        var o = p.config().getChatListOptions();
        Integer first = p.intValue(TimelinesAiConstants.PAGE, o.getPage());
        if (first != null && first < 1) {
            throw new IllegalArgumentException("Header " + TimelinesAiConstants.PAGE + " must be at least 1, was "
                    + first);
        }
        int page = first == null ? 1 : first;
        List<WabaTemplate> all = new ArrayList<>();
        WabaTemplatePage current;
        int read = 0;
        do {
            current = client.wabaTemplates().list(page + read);
            all.addAll(current.templates());
            read++;
        } while (o.isFollowPages() && current.hasMorePages() && read < o.getMaxPages());
        p.setHeader(TimelinesAiConstants.HAS_MORE_PAGES, current.hasMorePages());
        p.setHeader(TimelinesAiConstants.PAGES_READ, read);
        p.setHeader(TimelinesAiConstants.RESULT_COUNT, all.size());
        p.setBody(read == 1 ? current : new WabaTemplatePage(current.hasMorePages(), all));
    }

    /**
     * {@code wabaTemplates/check}: the verdict for the template named (body, headers or options) sent from the
     * account (wabaAccountId, else the chat's), read afresh; a refusal is a verdict, not an exception.
     */
    private void check(Params p) {
        WabaOutboundTemplate template = p.body() instanceof WabaOutgoingMessage m ? m.template()
                : WabaTemplateInput.read(p);
        if (template == null) {
            throw new IllegalArgumentException("wabaTemplates/check needs the template: a WabaOutboundTemplate body, "
                    + "or wabaTemplateName and wabaTemplateLanguage (option or header)");
        }
        Long account = p.longValue(TimelinesAiConstants.WABA_ACCOUNT_ID, p.config().getWabaOptions()
                .getWabaAccountId());
        if (account == null && p.body() instanceof WabaOutgoingMessage m && m.isToPhone()) {
            account = m.wabaAccountId();
        }
        if (account == null) {
            Long chatId = p.longValue(TimelinesAiConstants.CHAT_ID, p.config().getChatId());
            if (chatId == null) {
                throw new IllegalArgumentException("wabaTemplates/check needs the sending account: set the option "
                        + "wabaAccountId (or the header " + TimelinesAiConstants.WABA_ACCOUNT_ID + "), or chatId");
            }
            account = templates.accountOfChat(chatId);
        }
        WabaTemplateVerdict verdict = templates.evaluate(template, account, 0);
        p.setBody(verdict);
    }
}
