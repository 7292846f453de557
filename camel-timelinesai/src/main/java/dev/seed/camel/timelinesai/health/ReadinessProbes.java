package dev.seed.camel.timelinesai.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The account probes of one {@code timelinesai} component, one per base URL and token, each shared by the
 * endpoints using it and registered as one readiness check (in their CamelContext's health registry) while one of
 * them runs. Owned by the component and released when it stops.
 */
public final class ReadinessProbes {
    /** Guarded by {@code this}. */
    private final Map<String, Shared> probes = new HashMap<>();

    /** The probe of a base URL and token, with the endpoints using it and its registered check. */
    private static final class Shared {
        final Set<TimelinesAiEndpoint> endpoints = ConcurrentHashMap.newKeySet();
        final AccountProbe probe;
        AccountReadinessCheck check;
        HealthCheckRegistry registry;

        Shared(long interval) {
            probe = new AccountProbe(() -> endpoints.stream().filter(ServiceHelper::isStarted).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no started endpoint")).getClient(), interval);
        }
    }

    /** Adds a starting endpoint to the probe of {@code key}, registering its check with the first one. */
    synchronized AccountProbe join(TimelinesAiEndpoint endpoint, String key) {
        long interval = endpoint.getConfiguration().getHealthCheckInterval();
        Shared shared = probes.computeIfAbsent(key, k -> new Shared(interval));
        shared.endpoints.add(endpoint);
        shared.probe.shortenInterval(interval);
        if (shared.check == null) {
            HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(endpoint.getCamelContext());
            if (registry != null) {
                shared.check = new AccountReadinessCheck(checkId(registry), shared.probe);
                shared.registry = registry;
                registry.register(shared.check);
            }
        }
        return shared.probe;
    }

    /** Removes a stopping endpoint; the last one to leave unregisters the check and drops the probe. */
    synchronized void leave(TimelinesAiEndpoint endpoint, String key) {
        Shared shared = probes.get(key);
        if (shared != null && shared.endpoints.remove(endpoint) && shared.endpoints.isEmpty()) {
            probes.remove(key);
            unregister(shared);
        }
    }

    /** How many probes are held (for tests and the console). */
    public synchronized int size() {
        return probes.size();
    }

    /** Unregisters every check and forgets every probe and endpoint: the component stops. */
    public synchronized void release() {
        probes.values().forEach(ReadinessProbes::unregister);
        probes.clear();
    }

    private static void unregister(Shared shared) {
        if (shared.check != null) {
            shared.registry.unregister(shared.check);
            shared.check = null;
        }
    }

    private static String checkId(HealthCheckRegistry registry) {
        String id = "timelinesai";
        for (int n = 2; registry.getCheck(id).isPresent(); n++) {
            id = "timelinesai-" + n;
        }
        return id;
    }

    /** The key of an endpoint's probe: its base URL and a fingerprint of its current token (never the token). */
    static String key(TimelinesAiEndpoint endpoint) {
        return endpoint.getConfiguration().getBaseUrl() + "|" + fingerprint(endpoint.currentToken());
    }

    private static String fingerprint(String token) {
        if (token == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
