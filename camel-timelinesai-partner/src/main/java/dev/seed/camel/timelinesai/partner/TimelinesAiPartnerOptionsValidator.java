package dev.seed.camel.timelinesai.partner;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.partner.event.PartnerEvents;

/** Checks an endpoint's options when it is created, so a wrong URI fails at startup with the option's name. */
final class TimelinesAiPartnerOptionsValidator {
    /** The users one users/create call may create. */
    static final int MIN_USERS = 1;
    static final int MAX_USERS = 99;

    private static final long MAX_LEEWAY_MILLIS = 300_000;

    private TimelinesAiPartnerOptionsValidator() {
    }

    /** The producer operation, or {@code null} for the events consumer. */
    static TimelinesAiPartnerOperation validate(TimelinesAiPartnerConfiguration c,
                                                TimelinesAiPartnerEventsConfiguration events) {
        if (c.getPartnerId() == null || c.getPartnerId().isBlank()) {
            throw new IllegalArgumentException("Option partnerId is required: set it on the endpoint or on the "
                    + "timelinesai-partner component");
        }
        if (c.getPartnerSecret() == null || c.getPartnerSecret().isEmpty()) {
            throw new IllegalArgumentException("Option partnerSecret is required: set it on the endpoint or on the "
                    + "timelinesai-partner component");
        }
        if (c.getBaseUrl() == null || !c.getBaseUrl().matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("Option baseUrl must be an http(s) URL, was " + c.getBaseUrl());
        }
        if (c.getApi() == TimelinesAiPartnerApiName.events) {
            eventTypes(events);
            if (events.getSignatureLeeway() < 0 || events.getSignatureLeeway() > MAX_LEEWAY_MILLIS) {
                throw new IllegalArgumentException("Option signatureLeeway must be between 0 and 300 s, was "
                        + events.getSignatureLeeway() + " ms");
            }
            if (events.getWebhookPath() == null || !events.getWebhookPath().startsWith("/")) {
                throw new IllegalArgumentException("Option webhookPath must start with /, was "
                        + events.getWebhookPath());
            }
            if (events.getWebhookMaxBodySize() < 1) {
                throw new IllegalArgumentException("Option webhookMaxBodySize must be at least 1");
            }
            return null;
        }
        TimelinesAiPartnerOperation op = TimelinesAiPartnerOperation.of(c.getApi(), c.getOperation());
        range("seatsPurchased", c.getSeatsPurchased(), 1, 999);
        range("count", c.getCount(), MIN_USERS, MAX_USERS);
        range("expiresInHours", c.getExpiresInHours(), 1, 168);
        if (c.getDisplayName() != null && (c.getDisplayName().isEmpty() || c.getDisplayName().length() > 100)) {
            throw new IllegalArgumentException("Option displayName must have 1 to 100 characters");
        }
        if (c.getTokenTarget() != null && op.api() != TimelinesAiPartnerApiName.tokens) {
            throw new IllegalArgumentException("Option tokenTarget only applies to tokens/get and tokens/rotate, not "
                    + op);
        }
        if (c.isQrImage() && op != TimelinesAiPartnerOperation.USERS_QR) {
            throw new IllegalArgumentException("Option qrImage only applies to users/qr, not " + op);
        }
        if (c.getQrImageSize() != null && !c.isQrImage()) {
            throw new IllegalArgumentException("Option qrImageSize needs qrImage=true (users/qr returns the QrCode "
                    + "record otherwise)");
        }
        range("qrImageSize", c.getQrImageSize(), QrCodePng.MIN_SIZE, QrCodePng.MAX_SIZE);
        if (c.getWorkerPoolSize() < 1) {
            throw new IllegalArgumentException("Option workerPoolSize must be at least 1");
        }
        return op;
    }

    /** The event types of the consumer; {@code all} stands for the eight. */
    static List<String> eventTypes(TimelinesAiPartnerEventsConfiguration events) {
        String value = events.getEventTypes();
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Option eventTypes is required for timelinesai-partner:events: "
                    + "comma-separated types of " + PartnerEvents.ALL + ", or all");
        }
        if ("all".equals(value.trim())) {
            return PartnerEvents.ALL;
        }
        List<String> types = new ArrayList<>();
        for (String t : value.split(",")) {
            String type = t.trim();
            if (PartnerEvents.typeOf(type) == null) {
                throw new IllegalArgumentException("Unknown partner event type '" + type + "' in option eventTypes; "
                        + "valid: " + PartnerEvents.ALL + " or all");
            }
            types.add(type);
        }
        return types;
    }

    private static void range(String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException("Option " + option + " must be between " + min + " and " + max
                    + ", was " + value);
        }
    }
}
