package dev.seed.camel.timelinesai.consumer;

import org.apache.camel.Exchange;

/** A check a webhook delivery must pass before its body is read (method, caller, secret or signature). */
@FunctionalInterface
public interface DeliveryCheck {

    /** The first check the request fails, or {@code null} when it passes. */
    Rejection check(Exchange exchange);
}
