package dev.seed.camel.examples.helpdesk;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;

/** The customers of the demo: WhatsApp messages played into the simulator through its admin API, a moment apart. */
public final class SimulatedCustomers {

    /** One customer message: who writes, to which of the workspace's WhatsApp accounts, and what. */
    public record Line(String phone, String name, String accountPhone, String text) {
    }

    public static final List<Line> SCRIPT = List.of(
            new Line("+34612345678", "Maria Gonzalez", "+14155550101",
                    "Hi, I was charged twice on invoice 4411. Can I get a refund?"),
            new Line("+4917612345678", "Tom Becker", "+4915112345678",
                    "The app shows an error every time I try to log in"),
            new Line("+81901234567", "Aiko Tanaka", "+14155550100",
                    "Where is my order 5521? The delivery is three days late."),
            new Line("+34612345678", "Maria Gonzalez", "+14155550101",
                    "Any news about the refund? It is urgent."),
            new Line("+4915712345678", "Lena Fischer", "+14155550100",
                    "Are you open on Sunday?"));

    /** A customer who writes to a WhatsApp Business Platform number: who, to which WABA account, and what. */
    public record WabaLine(String phone, String name, long wabaAccountId, String text) {
    }

    /** The demo's WhatsApp Business Platform customer; the help desk answers her again after her window closed. */
    public static final WabaLine WABA_CUSTOMER = new WabaLine("+15550107781", "Nora Quinn",
            EmbeddedTimelinesAi.WABA_ACCOUNT, "My order 7781 arrived damaged. Can you send a replacement?");

    private SimulatedCustomers() {
    }

    /**
     * Sends every line of the script as an inbound WhatsApp message, {@code pause} apart, then the WABA customer's
     * message; returns the WABA chat.
     */
    public static long play(SimulatorAdminClient admin, Duration pause, Consumer<String> progress)
            throws InterruptedException {
        for (Line line : SCRIPT) {
            progress.accept("(simulated customer " + line.name() + " writes to " + line.accountPhone() + ")");
            admin.injectInbound(line.accountPhone(), line.phone(), line.name(), line.text());
            Thread.sleep(pause.toMillis());
        }
        WabaLine waba = WABA_CUSTOMER;
        progress.accept("(simulated customer " + waba.name() + " writes to the WhatsApp Business Platform account "
                + waba.wabaAccountId() + ")");
        return admin.waba().inbound(waba.wabaAccountId(), waba.phone(), waba.name(), waba.text()).chatId();
    }
}
