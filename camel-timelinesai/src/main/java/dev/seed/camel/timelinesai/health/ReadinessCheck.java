package dev.seed.camel.timelinesai.health;

import java.util.Map;

import dev.seed.camel.timelinesai.consumer.ClusterLeadership;
import dev.seed.camel.timelinesai.consumer.ClusteredConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Base of the TimelinesAI health checks of both components: readiness only (a TimelinesAI outage must never restart a pod), group
 * {@code timelinesai}; a liveness call is always UP.
 */
public abstract class ReadinessCheck implements HealthCheck {
    public static final String GROUP = "timelinesai";
    private final String id;
    private volatile boolean enabled = true;

    protected ReadinessCheck(String id) {
        this.id = id;
    }

    @Override
    public String getGroup() {
        return GROUP;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        Object kind = options == null ? null : options.get(CHECK_KIND);
        if (kind == Kind.LIVENESS || "LIVENESS".equals(String.valueOf(kind))) {
            return builder.up().message("Liveness does not depend on TimelinesAI").build();
        }
        check(builder);
        return builder.build();
    }

    /** Adds whether this replica leads its cluster namespace, for a consumer running with a cluster service. */
    static void clusterDetails(HealthCheckResultBuilder builder, Object consumer) {
        ClusterLeadership leadership = consumer instanceof ClusteredConsumer clustered ? clustered.getLeadership()
                : null;
        if (leadership != null) {
            builder.detail("timelinesai.cluster.namespace", leadership.getNamespace());
            builder.detail("timelinesai.cluster.leader", leadership.isLeader());
        }
    }

    /** Whether camel-platform-http serves {@code path} in {@code context} (a webhook consumer's path). */
    protected static boolean served(CamelContext context, String path) {
        return context.hasComponent("platform-http") instanceof PlatformHttpComponent http
                && http.getHttpEndpoints().stream().anyMatch(e -> path.equals(e.getUri()) || e.getUri().endsWith(path));
    }

    /** Sets state, message and details. */
    protected abstract void check(HealthCheckResultBuilder builder);
}
