package dev.seed.camel.timelinesai.partner.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user suspended (with their WhatsApp account) because the seats were lowered below what is in use. */
public record SuspendedMember(@JsonProperty("user_id") long userId,
        @JsonProperty("whatsapp_account_id") Long whatsappAccountId,
        @JsonProperty("phone_numbers") List<String> phoneNumbers) {
}
