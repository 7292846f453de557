package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The QR onboarding links of one workspace, at most one per user; used under the workspace's lock. */
final class QrLinks {
    private final Map<Long, QrLink> byUser = new LinkedHashMap<>();

    List<QrLink> active(Instant now) {
        return byUser.values().stream().filter(l -> l.isActive(now)).toList();
    }

    /** Revokes and forgets the user's link, if any; whether it was still active at {@code now}. */
    boolean revoke(long userId, Instant now) {
        QrLink link = byUser.remove(userId);
        if (link == null) {
            return false;
        }
        boolean active = link.isActive(now);
        link.revoke();
        return active;
    }

    void put(long userId, QrLink link) { byUser.put(userId, link); }

    /** Forgets a used link (only if it is still the user's). */
    void remove(long userId, QrLink link) { byUser.remove(userId, link); }
}
