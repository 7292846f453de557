package dev.seed.camel.examples.yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.demo.DemoScript;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The YAML routes against a simulator, unchanged: Camel Main loads them as it would in production, with the
 * token, base URL and webhook URL pointed at the simulator; three customers write and a three-line CSV is
 * broadcast; it stops when the database shows every ticket answered and every broadcast message tracked.
 */
public final class YamlDemo {
    static final String[][] CUSTOMERS = {
        {"+34612345678", "Maria", "+14155550101", "I was charged twice, please refund invoice 4411"},
        {"+4917612345678", "Tom", "+4915112345678", "Login fails with an error"},
        {"+81901234567", "Aiko", "+14155550100", "Where is my parcel?"},
    };
    static final String CSV = "phone,name,whatsapp_account\n+14155552001,Ann,+14155550100\n"
            + "+14155552002,Ben,+14155550101\n+999000000002,Nobody,+14155550101\n";

    private final TimelinesAiSimulator simulator;
    private final Path broadcastDir;
    private final String dbUrl;

    public YamlDemo(TimelinesAiSimulator simulator, Path broadcastDir, String dbUrl) {
        this.simulator = simulator;
        this.broadcastDir = broadcastDir;
        this.dbUrl = dbUrl;
    }

    /** Runs until done (or {@code timeout}, then fails); returns the summary line. */
    public String run(Duration timeout) throws Exception {
        int port = DemoScript.freePort();
        Main main = new Main();
        main.addOverrideProperty("camel.component.timelinesai.token", simulator.token());
        main.addOverrideProperty("camel.component.timelinesai.baseUrl", simulator.baseUrl());
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("helpdesk.webhook.url", "http://127.0.0.1:" + port);
        main.addOverrideProperty("helpdesk.db.url", schemaUrl());
        main.addOverrideProperty("broadcast.dir", broadcastDir.toAbsolutePath().toString());
        main.addOverrideProperty("broadcast.interval", "400");
        main.addOverrideProperty("broadcast.pollInterval", "500");
        DemoScript demo = new DemoScript("YAML demo");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                demo.start("yaml-demo", () -> play(timeout), main::completed);
            }
        });
        main.run();
        return demo.summary(timeout);
    }

    private String play(Duration timeout) throws Exception {
        Files.writeString(broadcastDir.resolve("customers.csv"), CSV, StandardCharsets.UTF_8);
        for (String[] c : CUSTOMERS) {
            simulator.admin().injectInbound(c[2], c[0], c[1], c[3]);
            Thread.sleep(500);
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            // with the schema script too: whoever opens the in-memory database first creates the tables
            try (Connection db = DriverManager.getConnection(schemaUrl(), "sa", "")) {
                int tickets = count(db, "SELECT COUNT(*) FROM tickets");
                int tracked = count(db, "SELECT COUNT(*) FROM broadcast_messages WHERE status IN ('Delivered', 'Read', 'Failed')");
                int answers = (int) simulator.admin().sentMessages().stream()
                        .filter(s -> s.text() != null && s.text().contains("ticket HD-")).count();
                if (tickets == CUSTOMERS.length && answers == CUSTOMERS.length && tracked == 3) {
                    int delivered = count(db, "SELECT COUNT(*) FROM broadcast_messages WHERE status = 'Delivered'");
                    return "YAML ROUTES SUMMARY tickets=" + tickets + " answers=" + answers
                            + " broadcast_delivered=" + delivered + " broadcast_failed=" + (tracked - delivered);
                }
            }
            Thread.sleep(250);
        }
        return null;
    }

    private String schemaUrl() {
        return dbUrl + ";INIT=RUNSCRIPT FROM 'classpath:db/helpdesk-schema.sql'";
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
