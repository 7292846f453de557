package dev.seed.camel.timelinesai.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Partner Secret, the minted JWTs and the Public API tokens never show: not in toString, exception messages
 * or any log line, even with a route that logs the token body.
 */
class SecretMaskingTest extends PartnerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rotate").to("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE)
                        .log("rotated: ${body}");
            }
        };
    }

    @Test
    void secretsAndTokensNeverShow() throws Exception {
        TimelinesAiPartnerEndpoint endpoint = context.getEndpoint("timelinesai-partner:workspaces/get?workspaceId="
                + SHARED_WORKSPACE + "&partnerSecret=" + partnerSecret(), TimelinesAiPartnerEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain(partnerSecret());
        assertThat(endpoint.getConfiguration().toString()).doesNotContain(partnerSecret()).contains("****");
        assertThat(call(endpoint.getEndpointUri(), null).getException()).isNull();

        PublicApiToken rotated = template.requestBody("direct:rotate", null, PublicApiToken.class);
        PublicApiToken fetched = ok("timelinesai-partner:tokens/get?workspaceId=" + SHARED_WORKSPACE, null,
                PublicApiToken.class);
        assertThat(fetched.token()).isEqualTo(rotated.token());

        Exchange failed = call("timelinesai-partner:workspaces/get?workspaceId=" + SHARED_WORKSPACE
                + "&partnerSecret=wrong-secret-4d2f", null);
        for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("wrong-secret-4d2f")
                    .doesNotContain(partnerSecret());
        }

        String log = Files.readString(Path.of("target/camel-timelinesai-partner-test.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the log captured the component's own lines").contains("Sending POST /workspaces/");
        assertThat(log).contains("rotated: PublicApiToken[");
        assertThat(log).doesNotContain(partnerSecret()).doesNotContain("wrong-secret-4d2f")
                .doesNotContain(rotated.token()).doesNotContain(SIMULATOR.token()).doesNotContain("eyJ");
    }
}
