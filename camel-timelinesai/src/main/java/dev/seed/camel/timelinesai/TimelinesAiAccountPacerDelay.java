package dev.seed.camel.timelinesai;

import org.apache.camel.Exchange;

/**
 * The Delay EIP's expression in the paced-send route template and Kamelet when they are given an
 * {@code accountPacer}: books the exchange's account slot with the {@link TimelinesAiAccountPacer} bean of that
 * name and answers the milliseconds until it (rounded up, so a send is never early). Without a bean name it is
 * inactive and the routes pace with their in-JVM Throttle instead.
 */
public class TimelinesAiAccountPacerDelay {
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
