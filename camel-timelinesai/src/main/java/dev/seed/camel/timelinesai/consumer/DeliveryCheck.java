package dev.seed.camel.timelinesai.consumer;

import java.util.Locale;

import org.apache.camel.Exchange;

/**
 * A check a webhook delivery must pass before its body is read (caller, secret or signature); the
 * {@link WebhookRequestProcessor} refuses any method but POST before it runs the check.
 */
@FunctionalInterface
public interface DeliveryCheck {

    /** The first check the request fails, or {@code null} when it passes. */
    Rejection check(Exchange exchange);

    /** 405 for any method but POST (the only one TimelinesAI uses for deliveries), else {@code null}. */
    static Rejection postOnly(Exchange exchange) {
        String method = exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class);
        return method == null || !"POST".equals(method.toUpperCase(Locale.ROOT))
                ? new Rejection(405, "Only POST is accepted") : null;
    }
}
