package dev.seed.camel.timelinesai.health;

import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of {@code timelinesai} producers: the token is accepted and at least one WhatsApp account is
 * connected; details carry the account phones and the workspace quota left.
 */
final class AccountReadinessCheck extends ReadinessCheck {
    private final AccountProbe probe;

    AccountReadinessCheck(String id, AccountProbe probe) {
        super(id);
        this.probe = probe;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        AccountProbe.Snapshot snapshot = probe.current();
        if (snapshot == null) {
            builder.unknown().message("The first check of the token and accounts is running");
            return;
        }
        details(builder, snapshot);
        if (snapshot.up()) {
            builder.up();
        } else {
            // also a detail: some health endpoints (Spring Boot's Camel indicator) show details but not messages
            builder.down().message(snapshot.reason()).detail("timelinesai.reason", snapshot.reason());
        }
    }

    static void details(HealthCheckResultBuilder builder, AccountProbe.Snapshot snapshot) {
        builder.detail("timelinesai.accounts.connected", String.join(",", snapshot.connected()));
        builder.detail("timelinesai.accounts.disconnected", String.join(",", snapshot.disconnected()));
        snapshot.quotaLeft().forEach((name, left) -> builder.detail("timelinesai.quota." + name + ".left", left));
        builder.detail("timelinesai.checked.at", snapshot.checkedAt().toString());
    }
}
