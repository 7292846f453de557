package dev.seed.camel.timelinesai.consumer;

import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook records never print the secret their URL carries in its query. */
class WebhookRecordsMaskingTest {
    private static final String URL = "https://hooks.example.com/tl?secret=s3cr3t-value-0123456789";

    @Test
    void webhookInfoMasksTheUrlQuery() {
        String text = new WebhookInfo(7, "message:new", true, URL, 2).toString();
        assertThat(text).doesNotContain("s3cr3t").contains("https://hooks.example.com/tl?<redacted>")
                .contains("message:new").contains("errorsCounter=2");
    }

    @Test
    void webhookRequestMasksTheUrlQuery() {
        String text = new WebhookRequest("message:new", URL, Boolean.TRUE).toString();
        assertThat(text).doesNotContain("s3cr3t").contains("https://hooks.example.com/tl?<redacted>");
        assertThat(new WebhookRequest("chat:new", null, null).toString()).contains("url=null");
    }
}
