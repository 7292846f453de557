package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.state.Quota;

/** Charges sends to the messaging quota and counts what was charged and refunded. */
public final class CreditLedger {
    private long charged;
    private long refunded;

    /** Takes the credits or refuses the send with 403 {@code quota_exceeded}. */
    public synchronized void charge(Quota quota, int credits) {
        if (!quota.tryConsume(credits)) {
            throw new ApiException(403, "quota_exceeded", "Message quota exceeded");
        }
        charged += credits;
    }

    public synchronized void refund(Quota quota, int credits) {
        quota.refund(credits);
        refunded += credits;
    }

    public synchronized long charged() { return charged; }

    public synchronized long refunded() { return refunded; }

    public synchronized void clear() {
        charged = 0;
        refunded = 0;
    }
}
