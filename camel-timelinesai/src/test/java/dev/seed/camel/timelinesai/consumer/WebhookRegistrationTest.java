package dev.seed.camel.timelinesai.consumer;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Auto-registration of subscriptions with the simulator: create or reuse, the cap of ten, off, one-shot. */
class WebhookRegistrationTest extends EventsTestSupport {
    private static final String TYPES = "message:received:new,chat:new";

    private String url(String path) {
        return externalUrl() + path + "?secret=" + SECRET;
    }

    private void addRoute(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
    }

    @Test
    void createsOneSubscriptionPerTypeOnStartAndDeletesThemOnStop() throws Exception {
        addRoute("reg", webhookUri("/reg", TYPES));
        assertThat(subscriptions()).extracting(WebhookInfo::eventType, WebhookInfo::url)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("message:received:new", url("/reg")),
                        org.assertj.core.groups.Tuple.tuple("chat:new", url("/reg")));
        assertThat(subscriptions()).allMatch(WebhookInfo::enabled);

        context.getRouteController().stopRoute("reg");
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void reusesAnExistingSubscriptionAndLeavesItInPlace() throws Exception {
        WebhookInfo existing = ok("timelinesai:webhooks/create", new WebhookRequest("chat:new", url("/reuse"), true))
                .getMessage().getBody(WebhookInfo.class);
        addRoute("reuse", webhookUri("/reuse", TYPES));
        List<WebhookInfo> all = subscriptions();
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(w -> w.eventType().equals("chat:new")).singleElement()
                .extracting(WebhookInfo::id).isEqualTo(existing.id());

        context.getRouteController().stopRoute("reuse");
        assertThat(subscriptions()).extracting(WebhookInfo::id).containsExactly(existing.id());
    }

    @Test
    void refusesToExceedTheWorkspaceLimitBeforeCreatingAnything() {
        for (int i = 0; i < 9; i++) {
            ok("timelinesai:webhooks/create", new WebhookRequest("chat:new", "https://other.example/hook/" + i, true));
        }
        assertThatThrownBy(() -> addRoute("full", webhookUri("/full", TYPES)))
                .hasStackTraceContaining("the workspace has 9 subscription(s) and allows 10")
                .satisfies(e -> assertThat(e.toString() + e.getCause()).doesNotContain(SECRET));
        assertThat(subscriptions()).hasSize(9).noneMatch(w -> w.url().startsWith(externalUrl()));
    }

    @Test
    void autoRegistrationCanBeTurnedOff() throws Exception {
        addRoute("manual", webhookUri("/manual", TYPES) + "&webhookAutoRegister=false");
        assertThat(context.getRouteController().getRouteStatus("manual").isStarted()).isTrue();
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void oneShotRegisterAndUnregisterStopTheContext() throws Exception {
        String uri = webhookUri("/oneshot", TYPES);
        CamelContext register = standaloneContext(uri + "&webhookAction=register");
        register.start();
        await().atMost(Duration.ofSeconds(10)).until(register::isStopped);
        assertThat(subscriptions()).hasSize(2).allMatch(w -> w.url().equals(url("/oneshot")));

        CamelContext unregister = standaloneContext(uri + "&webhookAction=unregister");
        unregister.start();
        await().atMost(Duration.ofSeconds(10)).until(unregister::isStopped);
        assertThat(subscriptions()).isEmpty();
    }

    private CamelContext standaloneContext(String uri) throws Exception {
        CamelContext standalone = new DefaultCamelContext();
        standalone.getPropertiesComponent().addInitialProperty("hook.secret", SECRET);
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(simulator().baseUrl());
        component.setToken(simulator().token());
        standalone.addComponent("timelinesai", component);
        standalone.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("log:never");
            }
        });
        return standalone;
    }
}
