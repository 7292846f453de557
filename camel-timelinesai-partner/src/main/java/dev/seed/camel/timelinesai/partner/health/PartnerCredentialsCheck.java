package dev.seed.camel.timelinesai.partner.health;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.health.ReadinessCheck;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a {@code timelinesai-partner} producer: the partner credentials are accepted. A JWT-signed
 * {@code GET /workspaces/{id}} (the endpoint's workspaceId, else an id that does not exist) answers 200 or 404 when
 * they are, 401 when not. Read at most once per {@code healthCheckInterval}, never twice at once; never a liveness
 * check.
 */
public final class PartnerCredentialsCheck extends ReadinessCheck {
    /** The workspace id asked for when the endpoint names none: a 404 for it still proves the credentials. */
    static final String PROBE_WORKSPACE = "camel-health-check";

    private final TimelinesAiPartnerEndpoint endpoint;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile String failure;
    private volatile Instant checkedAt;
    private volatile long readAt;

    public PartnerCredentialsCheck(String id, TimelinesAiPartnerEndpoint endpoint) {
        super(id);
        this.endpoint = endpoint;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        refreshIfDue();
        if (checkedAt == null) {
            builder.unknown().message("The first check of the partner credentials is running");
            return;
        }
        builder.detail("timelinesai.partner.id", endpoint.getConfiguration().getPartnerId());
        builder.detail("timelinesai.checked.at", checkedAt.toString());
        if (failure == null) {
            builder.up();
        } else {
            builder.down().message(failure);
        }
    }

    private void refreshIfDue() {
        long interval = endpoint.getConfiguration().getHealthCheckInterval() * 1_000_000L;
        if ((checkedAt == null || System.nanoTime() - readAt >= interval) && inFlight.compareAndSet(false, true)) {
            try {
                failure = read();
                readAt = System.nanoTime();
                checkedAt = Instant.now();
            } finally {
                inFlight.set(false);
            }
        }
    }

    private String read() {
        String workspace = endpoint.getConfiguration().getWorkspaceId();
        try {
            endpoint.getClient().workspaces().get(workspace != null ? workspace : PROBE_WORKSPACE);
            return null;
        } catch (TimelinesAiException e) {
            if (e.getHttpStatus() == 404) {
                return null;
            }
            if (e.getHttpStatus() == 401 || e.getHttpStatus() == 403) {
                return "The partner credentials were refused (HTTP " + e.getHttpStatus()
                        + (e.getErrorCode() != null ? " " + e.getErrorCode() : "") + ")";
            }
            return e.getHttpStatus() > 0 ? "The Partner API answered HTTP " + e.getHttpStatus()
                    : "The Partner API could not be reached (" + name(e) + ")";
        } catch (RuntimeException e) {
            return "The partner credentials could not be checked (" + name(e) + ")";
        }
    }

    private static String name(Throwable e) {
        return (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName();
    }
}
