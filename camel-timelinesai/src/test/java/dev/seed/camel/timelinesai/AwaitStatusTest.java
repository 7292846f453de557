package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** messages/awaitStatus: reaches Delivered and Read, fails on Failed, times out with the last status. */
class AwaitStatusTest extends TimelinesAiTestSupport {

    private String send(String phone) {
        return ok("timelinesai:messages/send?phone=" + phone, "Status please").getMessage().getBody(String.class);
    }

    @Test
    void waitsUntilDeliveredThenRead() {
        String uid = send("+14155550123");
        Exchange delivered = ok("timelinesai:messages/awaitStatus?pollInterval=50&awaitTimeout=10s", uid);
        assertThat(delivered.getMessage().getHeader(TimelinesAiConstants.MESSAGE_STATUS)).isEqualTo("Delivered");
        assertThat(delivered.getMessage().getBody(MessageStatus.class).status()).isEqualTo("Delivered");

        new SimulatorAdminClient(simulator().rootUrl()).markRead(uid);
        Exchange read = ok("timelinesai:messages/awaitStatus?expectedStatus=Read&pollInterval=50", null,
                TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(read.getMessage().getHeader(TimelinesAiConstants.MESSAGE_STATUS)).isEqualTo("Read");
        assertNoContractViolations();
    }

    @Test
    void chainsAfterSendInARoute() {
        Exchange exchange = ok("timelinesai:messages/send?phone=+14155550124", "Chained");
        Exchange awaited = ok("timelinesai:messages/awaitStatus?expectedStatus=Sent&pollInterval=50",
                exchange.getMessage().getBody(), TimelinesAiConstants.MESSAGE_UID,
                exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID));
        assertThat(awaited.getMessage().getHeader(TimelinesAiConstants.MESSAGE_STATUS, String.class))
                .isIn("Sent", "Delivered");
    }

    @Test
    void failedMessageRaisesTypedException() {
        String uid = send("+9995550100");
        Exchange exchange = call("timelinesai:messages/awaitStatus?pollInterval=50&awaitTimeout=10s", uid);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiMessageFailedException.class, e -> {
            assertThat(e.getMessageUid()).isEqualTo(uid);
            assertThat(e.getMessage()).contains(uid);
        });
    }

    @Test
    void timeoutRaisesTypedExceptionWithLastStatus() {
        String uid = send("+14155550125");
        ok("timelinesai:messages/awaitStatus?pollInterval=50", uid);
        Exchange exchange = call("timelinesai:messages/awaitStatus?expectedStatus=Read&pollInterval=50&awaitTimeout=300",
                uid);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAwaitTimeoutException.class, e -> {
            assertThat(e.getLastStatus()).isEqualTo("Delivered");
            assertThat(e.getMessage()).contains("Read").contains("300 ms");
        });
    }

    @Test
    void unknownMessageIsNotFound() {
        assertThat(call("timelinesai:messages/awaitStatus", "00000000-0000-0000-0000-000000000000").getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
    }
}
