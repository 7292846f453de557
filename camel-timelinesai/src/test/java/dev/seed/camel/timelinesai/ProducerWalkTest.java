package dev.seed.camel.timelinesai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.BindToRegistry;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The path of messages/send from the producer to the HTTP client is five calls of this project's code. */
class ProducerWalkTest extends TimelinesAiTestSupport {
    private final List<List<String>> walks = new CopyOnWriteArrayList<>();

    @BindToRegistry("walkRecorder")
    private final HttpClientConfigurer recorder = builder -> builder.addRequestInterceptorFirst(
            (request, entity, context) -> walks.add(projectFramesDownToTheProducer()));

    @Test
    void messagesSendReachesTheClientInFiveCalls() {
        long chat = simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst()
                .orElseThrow();
        ok("timelinesai:messages/send?httpClientConfigurer=#walkRecorder&chatId=" + chat, "hello");
        assertThat(walks).singleElement().isEqualTo(List.of(
                "ApiTransport$Attempt.send",
                "RequestGuard.call",
                "ApiTransport.execute",
                "MessagesApi.sendToChat",
                "MessageOperations.send",
                "TimelinesAiProducer.invoke"));
    }

    /** This project's frames (tests excluded) from the one calling the HTTP client down to the producer's invoke. */
    private static List<String> projectFramesDownToTheProducer() {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String cls = e.getClassName();
            if (!cls.startsWith("dev.seed.camel.timelinesai.") || cls.startsWith(ProducerWalkTest.class.getName())) {
                continue;
            }
            frames.add(cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName());
            if (cls.equals(TimelinesAiProducer.class.getName())) {
                break;
            }
        }
        return frames;
    }
}
