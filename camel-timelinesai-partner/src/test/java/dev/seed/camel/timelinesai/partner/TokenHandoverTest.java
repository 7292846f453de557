package dev.seed.camel.timelinesai.partner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiAuthenticationException;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rotated Public API token handed over to the running timelinesai component: the old token stops working in
 * the simulator while a route keeps sending, without a restart.
 */
class TokenHandoverTest extends PartnerTestSupport {
    private static final int MESSAGES = 30;
    private final List<Exception> failures = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> failures.add(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("timer:send?period=40&repeatCount=" + MESSAGES).routeId("sender").autoStartup(false)
                        .setBody(simple("Reminder ${exchangeProperty.CamelTimerCounter}"))
                        .to("timelinesai:messages/send?phone=+14155552001")
                        .to("mock:sent");
                from("direct:rotate")
                        .to("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE
                                + "&tokenTarget=timelinesai");
            }
        };
    }

    @Test
    void aRouteKeepsSendingThroughARotationAndTheOldTokenDies() throws Exception {
        String oldToken = SIMULATOR.token();
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(MESSAGES);

        context.getRouteController().startRoute("sender");
        await().atMost(10, TimeUnit.SECONDS).until(() -> sent.getReceivedCounter() >= 5);
        PublicApiToken rotated = template.requestBody("direct:rotate", null, PublicApiToken.class);

        sent.assertIsSatisfied(20_000);
        assertThat(failures).isEmpty();
        assertThat(rotated.token()).isNotEqualTo(oldToken);
        assertThat(context.getComponent("timelinesai", TimelinesAiComponent.class).getToken())
                .isEqualTo(rotated.token());
        Exchange withOldToken = call("timelinesai:workspace/get?token=" + oldToken, null);
        assertThat(withOldToken.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
        assertThat(call("timelinesai:workspace/get", null).getException()).isNull();
    }

    @Test
    void tokensGetHandsTheCurrentTokenOverToo() {
        String rotatedWithoutHandover = ok("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE, null,
                PublicApiToken.class).token();
        assertThat(call("timelinesai:workspace/get", null).getException())
                .isInstanceOf(TimelinesAiAuthenticationException.class);

        ok("timelinesai-partner:tokens/get?tokenTarget=timelinesai", SHARED_WORKSPACE, PublicApiToken.class);

        assertThat(context.getComponent("timelinesai", TimelinesAiComponent.class).getToken())
                .isEqualTo(rotatedWithoutHandover);
        assertThat(call("timelinesai:messages/send?phone=+14155552001", "After hand-over").getException()).isNull();
    }

    @Test
    void anEndpointWithItsOwnTokenKeepsIt() {
        String own = SIMULATOR.token();
        ok("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE + "&tokenTarget=timelinesai", null,
                PublicApiToken.class);

        assertThat(call("timelinesai:workspace/get?token=" + own, null).getException())
                .isInstanceOf(TimelinesAiAuthenticationException.class);
        assertThat(call("timelinesai:workspace/get", null).getException()).isNull();
    }

    @Test
    void aTokenTargetThatIsNoTimelinesAiComponentFailsClearly() {
        Exchange exchange = call("timelinesai-partner:tokens/get?workspaceId=" + SHARED_WORKSPACE
                + "&tokenTarget=timelinesai-partner", null);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tokenTarget").hasMessageContaining("not a timelinesai component");
        assertThat(exchange.getException().getMessage()).doesNotContain(SIMULATOR.token());
    }
}
