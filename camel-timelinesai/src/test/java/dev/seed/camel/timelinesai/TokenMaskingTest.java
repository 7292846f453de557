package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token never shows: not in endpoint or configuration toString, exception messages or any log line. */
class TokenMaskingTest extends TimelinesAiTestSupport {
    private static final String WRONG_TOKEN = "wrong-token-7f3a9c1e5b";

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("tai.token", SIMULATOR.token());
        return p;
    }

    @Test
    void tokenNeverShows() throws Exception {
        String realToken = SIMULATOR.token();
        TimelinesAiEndpoint endpoint = context.getEndpoint("timelinesai:accounts/list?token=" + realToken,
                TimelinesAiEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain(realToken);
        assertThat(endpoint.getConfiguration().toString()).doesNotContain(realToken).contains("xxxxxx");

        Exchange ok = ok("timelinesai:accounts/list?token={{tai.token}}", null);
        assertThat(ok.getMessage().getBody(java.util.List.class)).hasSize(3);
        ok("timelinesai:accounts/list?token=RAW(" + realToken + ")", null);

        Exchange failed = call("timelinesai:accounts/list?token=" + WRONG_TOKEN, null);
        assertThat(failed.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
        for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG_TOKEN).doesNotContain(realToken);
        }

        Path log = Path.of("target/camel-timelinesai-test.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).as("the log captured the component's own lines").contains("Sending GET /whatsapp_accounts");
        assertThat(text).contains("timelinesai://accounts/list");
        assertThat(text).doesNotContain(realToken).doesNotContain(WRONG_TOKEN);
    }
}
