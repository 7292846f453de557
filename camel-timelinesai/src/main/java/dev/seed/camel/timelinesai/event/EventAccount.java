package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The short WhatsApp account block of message, call and reaction events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventAccount(
        @JsonProperty("whatsapp_account_wid") String whatsappAccountWid,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("email") String email,
        @JsonProperty("phone") String phone) {
}
