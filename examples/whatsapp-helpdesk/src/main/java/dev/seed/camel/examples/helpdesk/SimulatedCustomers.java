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

    private SimulatedCustomers() {
    }

    /** Sends every line of the script as an inbound WhatsApp message, {@code pause} apart. */
    public static void play(SimulatorAdminClient admin, Duration pause, Consumer<String> progress)
            throws InterruptedException {
        for (Line line : SCRIPT) {
            progress.accept("(simulated customer " + line.name() + " writes to " + line.accountPhone() + ")");
            admin.injectInbound(line.accountPhone(), line.phone(), line.name(), line.text());
            Thread.sleep(pause.toMillis());
        }
    }
}
