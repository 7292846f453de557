package dev.seed.camel.timelinesai.model.waba;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.MessageStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The WABA reads parsed into the typed records: the fixtures under {@code waba/} and the spec's own examples. */
class WabaResponsesTest {

    @Test
    void accountsListAndDetail() {
        WabaAccountList list = WabaSpec.data("accounts.json", WabaAccountList.class);
        assertThat(list).extracting(WabaAccount::id).containsExactly(4021L, 4022L);
        WabaAccount first = list.wabaAccounts().get(0);
        assertThat(first.isActive()).isTrue();
        assertThat(first.connectedAt()).isEqualTo(OffsetDateTime.parse("2026-05-18T15:19:23+01:00"));
        assertThat(first.wabaProfile()).as("the list has no profile").isNull();
        assertThat(list.wabaAccounts().get(1).isActive()).isFalse();
        assertThat(list.wabaAccounts().get(1).status()).isEqualTo("disconnected");

        WabaAccount detail = WabaSpec.data("account-4021.json", WabaAccount.class);
        assertThat(detail.displayPhoneNumber()).isEqualTo("+1 555 010 1234");
        assertThat(detail.wabaProfile().name()).isEqualTo("Northwind Cloud");
        assertThat(detail.wabaProfile().accountIds()).containsExactly(4021L, 4022L);
    }

    @Test
    void chatsCarryTheServiceWindow() {
        WabaChatPage page = WabaSpec.data("chats.json", WabaChatPage.class);
        assertThat(page.hasMorePages()).isTrue();
        assertThat(page).hasSize(2);
        WabaChat open = page.chats().get(0);
        assertThat(open.wabaAccountId()).isEqualTo(4021L);
        assertThat(open.canSendFreeText()).isTrue();
        assertThat(open.serviceWindowExpiry()).isEqualTo(OffsetDateTime.parse("2026-09-15T16:10:02Z"));
        assertThat(open.labels()).containsExactly("vip");
        assertThat(open.lastMessage().fromMe()).isTrue();
        assertThat(open.lastMessage().reactions()).as("last_message has no reactions").isNull();
        assertThat(open.createdAt()).isEqualTo(OffsetDateTime.parse("2026-09-01T10:00:00Z"));

        WabaChat unknown = page.chats().get(1);
        assertThat(unknown.serviceWindowIsOpen()).as("the contact never wrote").isNull();
        assertThat(unknown.canSendFreeText()).isFalse();
        assertThat(unknown.serviceWindowExpiry()).isNull();
        assertThat(unknown.responsibleEmail()).isNull();
        assertThat(unknown.labels()).isEmpty();
        assertThat(unknown.groupMembers()).isEmpty();
        assertThat(unknown.closed()).isTrue();
    }

    @Test
    void failedMessageAndStatusHistory() throws Exception {
        WabaMessage message = WabaSpec.data("message-failed.json", WabaMessage.class);
        assertThat(message.isFailed()).isTrue();
        assertThat(message.failureReason().code()).as("a numeric code is kept as text").isEqualTo("131047");
        assertThat(message.failureReason().title()).isEqualTo("Re-engagement message");
        assertThat(message.reactions().total()).isZero();
        assertThat(message.sentAt()).isEqualTo(OffsetDateTime.parse("2026-09-14T16:30:00Z"));

        JsonNode history = JsonSupport.mapper().readTree(WabaSpec.fixture("status-history.json")).path("data");
        List<MessageStatus> statuses = JsonSupport.convert(history, JsonSupport.listOf(MessageStatus.class));
        assertThat(statuses).extracting(MessageStatus::status).containsExactly("Sending", "Failed");
        assertThat(statuses.get(1).failureReason().code()).as("the empty-string code").isEmpty();
    }

    @Test
    void templateListItemsLackAccountsAndComponents() {
        WabaTemplatePage page = WabaSpec.data("templates.json", WabaTemplatePage.class);
        assertThat(page.hasMorePages()).isFalse();
        assertThat(page).extracting(WabaTemplate::name).containsExactly("welcome_offer", "order_update");
        WabaTemplate named = page.templates().get(0);
        assertThat(named.isNamed()).isTrue();
        assertThat(named.isApproved()).isTrue();
        assertThat(named.accounts()).isNull();
        assertThat(named.components()).isNull();
        assertThat(named.isEnabledFor(4021)).as("unknown accounts enable nobody").isFalse();
        assertThat(page.templates().get(1).isApproved()).isFalse();
    }

    @Test
    void templateDetailParameters() {
        WabaTemplate positional = WabaSpec.data("template-501.json", WabaTemplate.class);
        assertThat(positional.accounts()).containsExactly(4021L, 4022L);
        assertThat(positional.isEnabledFor(4022)).isTrue();
        assertThat(positional.isEnabledFor(4030)).isFalse();
        assertThat(WabaTemplateParameters.of(positional.components(), WabaTemplateSection.HEADER)).containsExactly("1");
        assertThat(WabaTemplateParameters.of(positional.components(), WabaTemplateSection.BODY))
                .containsExactly("1", "2");

        WabaTemplate named = WabaSpec.data("template-502.json", WabaTemplate.class);
        assertThat(WabaTemplateParameters.of(named.components(), WabaTemplateSection.HEADER))
                .as("an image header takes no variables").isEmpty();
        assertThat(WabaTemplateParameters.of(named.components(), WabaTemplateSection.BODY))
                .as("first appearance order, a repeated name once").containsExactly("first_name", "promo_code", "expiry");
    }

    @Test
    void analyticsStates() {
        WabaAnalytics pending = WabaSpec.data("analytics-pending.json", WabaAnalytics.class);
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.isReady()).isFalse();
        assertThat(pending.isFailed()).isFalse();

        WabaAnalytics ready = WabaSpec.data("analytics-ready.json", WabaAnalytics.class);
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.isPending()).isFalse();
        assertThat(ready.result().path("analytics").path("data_points").get(0).path("delivered").asInt()).isEqualTo(40);

        WabaAnalytics failed = WabaSpec.data("analytics-error.json", WabaAnalytics.class);
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.isPending()).isFalse();
        assertThat(failed.error().code()).isEqualTo(100);
        assertThat(failed.error().message()).contains("window is empty");
    }

    @Test
    void spellingsTheRecordsDoNotKnowAreIgnored() throws Exception {
        WabaChat chat = JsonSupport.mapper().readValue("""
                {"id":1,"name":"n","waba_account_id":7,"service_window_is_open":false,"brand_new_field":{"x":1},
                 "labels":null}""", WabaChat.class);
        assertThat(chat.wabaAccountId()).isEqualTo(7L);
        assertThat(chat.labels()).isEmpty();
        WabaTemplate template = JsonSupport.mapper().readValue("""
                {"id":9,"name":"t","status":"LIMIT_EXCEEDED","parameter_format":"POSITIONAL","language":"de"}""",
                WabaTemplate.class);
        assertThat(template.status()).as("an open set").isEqualTo("LIMIT_EXCEEDED");
        assertThat(template.isApproved()).isFalse();
    }

    @Test
    void specExamplesParse() throws Exception {
        WabaAccount account = read("WabaAccountDetail", WabaAccount.class);
        assertThat(account.id()).isEqualTo(4021L);
        assertThat(account.wabaProfile().accountIds()).containsExactly(4021L, 4022L);

        WabaChat chat = read("WabaChatInfo", WabaChat.class);
        assertThat(chat.id()).isEqualTo(1000001L);
        assertThat(chat.wabaAccountId()).isEqualTo(4021L);
        assertThat(chat.canSendFreeText()).isTrue();
        assertThat(chat.serviceWindowExpiry()).isEqualTo(OffsetDateTime.parse("2024-01-30T13:55:04+02:00"));
        assertThat(chat.lastMessage().uid()).isEqualTo("de919486-0c93-409d-ae66-c2bbb544faca");

        WabaTemplate template = read("WabaTemplateDetail", WabaTemplate.class);
        assertThat(template.name()).isEqualTo("simple_check_vars");
        assertThat(template.isNamed()).isTrue();
        assertThat(template.accounts()).containsExactly(4021L, 4022L);

        WabaAnalytics analytics = read("WabaAnalyticsStatus", WabaAnalytics.class);
        assertThat(analytics.handle()).isEqualTo("3fa07e9dcae4471cbfd0d0e28f6c5a1a");
        assertThat(analytics.isPending()).isTrue();

        WabaMessage message = read("MessageInfo", WabaMessage.class);
        assertThat(message.status()).isEqualTo("Read");
        assertThat(message.chatId()).isEqualTo(1000001L);

        WabaOutboundTemplate outbound = read("WabaOutboundTemplate", WabaOutboundTemplate.class);
        assertThat(outbound.name()).isEqualTo("order_update");
        assertThat(outbound.section(WabaTemplateSection.BODY)).extracting(WabaTemplateValue::text)
                .containsExactly("Dana", "A-1027");
        JsonNode written = JsonSupport.mapper().valueToTree(outbound);
        assertThat(written).as("reads and writes the spec's shape").isEqualTo(WabaSpec.example("public_api_spec.yaml",
                        "WabaOutboundTemplate"));

        WabaAnalyticsRequest request = read("WabaAnalyticsRequest", WabaAnalyticsRequest.class);
        assertThat(request.dimensionSet()).containsExactly(WabaAnalyticsDimension.COUNTRY,
                WabaAnalyticsDimension.PRICING_CATEGORY);
    }

    @Test
    void recordsWriteBackWhatTheyRead() throws Exception {
        Map<String, Class<?>> fixtures = Map.of("accounts.json", WabaAccountList.class,
                "account-4021.json", WabaAccount.class, "chats.json", WabaChatPage.class,
                "message-failed.json", WabaMessage.class, "template-502.json", WabaTemplate.class,
                "templates.json", WabaTemplatePage.class, "analytics-ready.json", WabaAnalytics.class,
                "analytics-error.json", WabaAnalytics.class);
        for (Map.Entry<String, Class<?>> e : fixtures.entrySet()) {
            Object value = WabaSpec.data(e.getKey(), e.getValue());
            byte[] written = JsonSupport.toBytes(value);
            assertThat(JsonSupport.mapper().readValue(written, e.getValue())).as(e.getKey()).isEqualTo(value);
            JsonNode tree = JsonSupport.mapper().readTree(written);
            assertThat(fieldNames(tree)).as(e.getKey() + ": no derived flag is written as a field")
                    .doesNotContain("active", "failed", "ready", "pending", "approved", "named", "empty");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                names.add(f.getKey());
                names.addAll(fieldNames(f.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(n -> names.addAll(fieldNames(n)));
        }
        return names;
    }

    private static <T> T read(String schema, Class<T> type) throws Exception {
        return JsonSupport.mapper().treeToValue(WabaSpec.example("public_api_spec.yaml", schema), type);
    }
}
