package dev.seed.camel.timelinesai;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Predicate;

/**
 * The pacing step of the paced-send route template and Kamelet, referenced with the {@code ref} language (no other
 * language needed). As a {@link Predicate} it tells whether an {@code accountPacer} is configured (the routes then
 * use it instead of their in-JVM Throttle); as the Delay EIP's {@link Expression} it books the exchange's account
 * slot with the {@link TimelinesAiAccountPacer} bean of that name and answers the milliseconds until it (rounded
 * up, so a send is never early).
 */
public class TimelinesAiAccountPacerDelay implements Expression, Predicate {
    private final String pacerName;
    private final String accountHeader;
    private volatile TimelinesAiAccountPacer pacer;

    /** {@code pacerName}: the registry name of the pacer, or empty/{@code null} for none. */
    public TimelinesAiAccountPacerDelay(String pacerName, String accountHeader) {
        this.pacerName = pacerName == null || pacerName.isBlank() ? null : pacerName.strip();
        this.accountHeader = accountHeader;
    }

    /** Whether a pacer is configured (the route's choice between this and the Throttle). */
    public boolean isActive() {
        return pacerName != null;
    }

    @Override
    public void init(CamelContext context) {
        // nothing to prepare: the pacer is looked up on first use
    }

    @Override
    public boolean matches(Exchange exchange) {
        return isActive();
    }

    @Override
    public <T> T evaluate(Exchange exchange, Class<T> type) {
        return exchange.getContext().getTypeConverter().convertTo(type, exchange, delayMillis(exchange));
    }

    /** Books the slot of the exchange's account; milliseconds to wait for it. */
    public long delayMillis(Exchange exchange) {
        Object account = exchange.getMessage().getHeader(accountHeader);
        long nanos = pacer(exchange).reserve(account == null ? "" : account.toString());
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    private TimelinesAiAccountPacer pacer(Exchange exchange) {
        TimelinesAiAccountPacer found = pacer;
        if (found == null) {
            if (pacerName == null) {
                throw new IllegalStateException("No accountPacer is configured");
            }
            found = exchange.getContext().getRegistry().lookupByNameAndType(pacerName, TimelinesAiAccountPacer.class);
            if (found == null) {
                throw new IllegalArgumentException("Parameter accountPacer names no TimelinesAiAccountPacer bean: '"
                        + pacerName + "'");
            }
            pacer = found;
        }
        return found;
    }

    @Override
    public String toString() {
        return "TimelinesAiAccountPacerDelay[" + (pacerName == null ? "inactive" : pacerName) + "]";
    }
}
