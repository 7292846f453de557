package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.TemplateInfo;
import dev.seed.camel.timelinesai.model.TemplateRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** templates/* against the simulator: create, get, update, list, trackUsage, delete and errors. */
class TemplatesOperationsTest extends TimelinesAiTestSupport {

    @Test
    void fullLifecycle() {
        TemplateInfo created = ok("timelinesai:templates/create?templateName=Greeting&visibility=public", "ignored",
                TimelinesAiConstants.TEXT, "Hello {{name}}!").getMessage().getBody(TemplateInfo.class);
        assertThat(created.name()).isEqualTo("Greeting");
        assertThat(created.text()).isEqualTo("Hello {{name}}!");

        TemplateInfo got = ok("timelinesai:templates/get", created.id()).getMessage().getBody(TemplateInfo.class);
        assertThat(got.id()).isEqualTo(created.id());

        TemplateInfo updated = ok("timelinesai:templates/update", new TemplateRequest(null, "Hi there", "private", null),
                TimelinesAiConstants.TEMPLATE_ID, created.id()).getMessage().getBody(TemplateInfo.class);
        assertThat(updated.text()).isEqualTo("Hi there");
        assertThat(updated.visibility()).isEqualTo("private");

        List<TemplateInfo> all = ok("timelinesai:templates/list", null).getMessage().getBody(List.class);
        assertThat(all).extracting(TemplateInfo::id).contains(created.id());

        assertThat(ok("timelinesai:templates/trackUsage?origin=Camel", created.id()).getMessage().getBody())
                .isEqualTo(created.id());
        assertThat(ok("timelinesai:templates/delete", created.id()).getMessage().getBody()).isEqualTo(created.id());
        assertNoContractViolations();

        Exchange gone = call("timelinesai:templates/get", created.id());
        assertThat(gone.getException()).isInstanceOfSatisfying(TimelinesAiNotFoundException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(404));
    }

    @Test
    void invalidVisibilityGivesFieldErrors() {
        Exchange exchange = call("timelinesai:templates/create", new TemplateRequest("X", "Y", "everyone", null));
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiValidationException.class,
                e -> assertThat(e.getFieldErrors()).anySatisfy(f -> assertThat(f.fields()).containsExactly("visibility")));
    }
}
