package dev.seed.camel.timelinesai.partner;

import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import dev.seed.camel.timelinesai.partner.model.WorkspaceDetails;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component option rateLimiter: partner calls take their permits from it instead of the host's JVM-wide one. */
class PartnerRateLimiterOptionTest extends PartnerTestSupport {
    private final CountingLimiter limiter = new CountingLimiter();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("sharedLimiter", limiter);
        return context;
    }

    @Test
    void partnerCallsTakeTheirPermitsFromTheConfiguredLimiter() {
        TimelinesAiPartnerComponent component = context.getComponent("timelinesai-partner",
                TimelinesAiPartnerComponent.class);
        component.setRateLimiter(limiter);

        ok("timelinesai-partner:workspaces/get?workspaceId=acme-support", null, WorkspaceDetails.class);
        ok("timelinesai-partner:workspaces/get?workspaceId=acme-support", null, WorkspaceDetails.class);

        assertThat(limiter.acquired.get()).isEqualTo(2);
    }

    @Test
    void theOptionTakesABeanReference() throws Exception {
        TimelinesAiPartnerComponent component = context.getComponent("timelinesai-partner",
                TimelinesAiPartnerComponent.class);
        org.apache.camel.support.PropertyBindingSupport.build().bind(context, component, "rateLimiter",
                "#bean:sharedLimiter");
        assertThat(component.getRateLimiter()).isSameAs(limiter);
    }

    /** Grants every permit at once and counts them. */
    static final class CountingLimiter implements TimelinesAiRequestLimiter {
        final AtomicInteger acquired = new AtomicInteger();

        @Override
        public long acquire() {
            acquired.incrementAndGet();
            return 0;
        }

        @Override
        public boolean tryAcquire() {
            acquired.incrementAndGet();
            return true;
        }
    }
}
