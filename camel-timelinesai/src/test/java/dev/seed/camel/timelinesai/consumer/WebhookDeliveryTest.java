package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin.Delivery;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Delivery semantics against the simulator's real retries: at-least-once, handover, eager attachment download. */
class WebhookDeliveryTest extends EventsTestSupport {

    @Test
    void failedRouteAnswers500SoTheEventIsRedeliveredAndProcessedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/retry", "message:received:new"))
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("database down");
                            }
                        })
                        .to("mock:done");
            }
        });
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        MessagingAdmin.Inbound inbound = simulator().admin().injectInbound("+14155559101", "Retry", "hello");

        await().atMost(Duration.ofSeconds(15)).until(() -> simulator().admin().deliveries("message:received:new")
                .stream().anyMatch(Delivery::success));
        List<Delivery> deliveries = simulator().admin().deliveries("message:received:new");
        assertThat(deliveries).extracting(Delivery::attempt, Delivery::statusCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 500),
                        org.assertj.core.groups.Tuple.tuple(2, 200));
        done.assertIsSatisfied();
        assertThat(attempts).hasValue(2);
        assertThat(done.getReceivedExchanges().get(0).getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID))
                .isEqualTo(inbound.messageUid());
    }

    @Test
    void aRouteAnswersInTheChatOfTheEventWithTheProducer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/reply", "message:received:new"))
                        .setBody(simple("Hi ${body.message.sender.fullName}, we got: ${body.message.text}"))
                        .to("timelinesai:messages/send")
                        .to("mock:replied");
            }
        });
        MockEndpoint replied = getMockEndpoint("mock:replied");
        replied.expectedMessageCount(1);
        MessagingAdmin.Inbound inbound = simulator().admin().injectInbound("+14155559104", "Ada", "Order 7?");
        replied.assertIsSatisfied();
        String replyUid = replied.getReceivedExchanges().get(0).getMessage()
                .getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
        assertThat(replyUid).isNotEqualTo(inbound.messageUid());
        assertThat(ok("timelinesai:messages/get", replyUid).getMessage().getBody(MessageInfo.class))
                .satisfies(m -> {
                    assertThat(m.chatId()).isEqualTo(inbound.chatId());
                    assertThat(m.text()).isEqualTo("Hi Ada, we got: Order 7?");
                    assertThat(m.fromMe()).isTrue();
                });
    }

    @Test
    void afterHandoverAcknowledgesOnceQueuedAndTheRouteConsumesFromTheQueue() throws Exception {
        AtomicInteger routed = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/fast", "message:received:new")
                        + "&acknowledge=afterHandover&handoverUri=seda:whatsapp-in")
                        .to("mock:handover")
                        .process(e -> {
                            routed.incrementAndGet();
                            throw new IllegalStateException("slow system failed after the ack");
                        });
            }
        });
        MockEndpoint handover = getMockEndpoint("mock:handover");
        handover.expectedMessageCount(1);
        MessagingAdmin.Inbound inbound = simulator().admin().injectInbound("+14155559102", "Fast", "quick");

        handover.assertIsSatisfied();
        assertThat(handover.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOfSatisfying(
                MessageEvent.class, m -> assertThat(m.message().text()).isEqualTo("quick"));
        assertThat(handover.getReceivedExchanges().get(0).getMessage().getHeader(TimelinesAiConstants.CHAT_ID))
                .isEqualTo(inbound.chatId());
        await().atMost(Duration.ofSeconds(10)).until(() -> !simulator().admin().deliveries("message:received:new")
                .isEmpty());
        assertThat(simulator().admin().deliveries("message:received:new")).singleElement()
                .satisfies(d -> assertThat(d.statusCode()).isEqualTo(200));
        assertThat(routed).hasValue(1);
    }

    @Test
    void attachmentsAreDownloadedBeforeTheirUrlsExpire() throws Exception {
        byte[] content = "signed contract".getBytes(StandardCharsets.UTF_8);
        FileInfo file = ok("timelinesai:files/upload?contentType=application/pdf&fileName=contract.pdf", content)
                .getMessage().getBody(FileInfo.class);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/files", "message:received:new") + "&downloadAttachments=true").to("mock:files");
            }
        });
        MockEndpoint files = getMockEndpoint("mock:files");
        files.expectedMessageCount(1);
        simulator().admin().injectInboundFile(null, "+14155559103", "Files", "see attached", file.uid());
        files.assertIsSatisfied();

        @SuppressWarnings("unchecked")
        List<DownloadedAttachment> downloaded = files.getReceivedExchanges().get(0).getMessage()
                .getHeader(TimelinesAiConstants.ATTACHMENTS, List.class);
        assertThat(downloaded).singleElement().satisfies(a -> {
            assertThat(a.content()).isEqualTo(content);
            assertThat(a.filename()).isEqualTo("contract.pdf");
        });
    }
}
