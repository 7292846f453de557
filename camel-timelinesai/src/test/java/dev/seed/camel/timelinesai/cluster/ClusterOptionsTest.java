package dev.seed.camel.timelinesai.cluster;

import java.nio.file.Path;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.testsupport.Replica;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options of a consumer among replicas are checked when the endpoint is created or the consumer starts. */
class ClusterOptionsTest {
    private static final String SECRET = "&webhookSecret=cluster-s3cr3t-0123456789";
    @TempDir
    Path clusterRoot;
    private CamelContext context;

    @BeforeEach
    void setUp() {
        context = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setToken("test-token");
        context.addComponent("timelinesai", component);
        context.getRegistry().bind("cluster", Replica.fileLockService("options", clusterRoot));
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    private void refused(String query, String message) {
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:events?eventTypes=chat:new&" + query))
                .hasStackTraceContaining(message);
    }

    @Test
    void withAClusterServiceTheOptionsThatWouldBreakTheOtherReplicasAreRefused() {
        refused("clusterService=#cluster", "Option webhookSecret is required with a cluster service");
        refused("clusterService=#cluster&webhookExternalUrl=https://hooks.example" + SECRET + "&unregisterOnStop=true",
                "Option unregisterOnStop=true cannot be used with a cluster service");
        refused("clusterService=#cluster&mode=poll", "Option pollStateStore is required in poll mode with a cluster");
        refused("clusterNamespace=a/b", "Option clusterNamespace must be letters, digits");
        refused("clusterNamespace=", "Option clusterNamespace must be letters, digits");
        refused("unregisterOnStop=sometimes", "Option unregisterOnStop must be auto, true or false");

        TimelinesAiEndpoint endpoint = (TimelinesAiEndpoint) context.getEndpoint(
                "timelinesai:events?eventTypes=chat:new&clusterService=#cluster&clusterNamespace=shop-1.whatsapp"
                        + SECRET);
        assertThat(endpoint.getEventsConfiguration().getClusterNamespace()).isEqualTo("shop-1.whatsapp");
        assertThat(endpoint.getEventsConfiguration().getUnregisterOnStop()).as("decided when the consumer starts")
                .isEqualTo("auto");
        assertThat(context.getEndpoint("timelinesai:events?eventTypes=chat:new&mode=poll&clusterService=#cluster"
                + "&pollStateFile=/shared/cursor.json")).isNotNull();
    }

    @Test
    void withoutAClusterServiceNothingChanges() {
        assertThat(context.getEndpoint("timelinesai:events?eventTypes=chat:new&unregisterOnStop=true")).isNotNull();
        assertThat(context.getEndpoint("timelinesai:events?eventTypes=chat:new&mode=poll")).isNotNull();
        assertThat(context.getEndpoint("timelinesai:events?eventTypes=chat:new&webhookPath=/x")).isNotNull();
    }

    @Test
    void aClusterServiceOfTheContextIsFoundWhenTheConsumerStartsAndAMissingSecretFailsTheStart() throws Exception {
        context.addService(Replica.fileLockService("context", clusterRoot));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai:events?eventTypes=chat:new&webhookPath=/nosecret").routeId("nosecret")
                        .to("log:never");
            }
        });
        assertThatThrownBy(context::start)
                .hasStackTraceContaining("Option webhookSecret is required with a cluster service")
                .hasStackTraceContaining("each replica generates a secret of its own");
    }
}
