package dev.seed.camel.timelinesai.model.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WABA message to send ({@code POST /waba/messages} or {@code /waba/chats/{id}/messages}), in exactly one
 * shape: free text, a previously uploaded file ({@code fileUid}, with {@code text} as its caption), or an
 * approved template. A send to a phone names both the sending {@code wabaAccountId} and the {@code phone};
 * a send into a chat names neither. Free text and files only go out inside the 24-hour service window.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WabaOutgoingMessage(
        @JsonProperty("text") String text,
        @JsonProperty("file_uid") String fileUid,
        @JsonProperty("template") WabaOutboundTemplate template,
        @JsonProperty("waba_account_id") Long wabaAccountId,
        @JsonProperty("phone") String phone) {

    /** The three shapes of a WABA message. */
    public enum Shape { TEXT, FILE, TEMPLATE }

    public WabaOutgoingMessage {
        if (template != null && (text != null || fileUid != null)) {
            throw new IllegalArgumentException("A WABA template message cannot also carry "
                    + (fileUid != null ? "a file_uid" : "text") + ": send the template alone");
        }
        if (fileUid != null && fileUid.isBlank()) {
            throw new IllegalArgumentException("A WABA file message needs a non-blank file_uid");
        }
        if (template == null && fileUid == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException(
                    "A WABA message needs text, a file_uid (with an optional caption) or a template");
        }
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasPhone != (wabaAccountId != null)) {
            throw new IllegalArgumentException("A WABA send to a phone needs both waba_account_id and phone; got only "
                    + (hasPhone ? "phone" : "waba_account_id"));
        }
    }

    /** Free text (inside the service window). */
    public static WabaOutgoingMessage text(String text) {
        return new WabaOutgoingMessage(text, null, null, null, null);
    }

    /** A previously uploaded file, without caption (inside the service window). */
    public static WabaOutgoingMessage file(String fileUid) {
        return new WabaOutgoingMessage(null, fileUid, null, null, null);
    }

    /** A previously uploaded file with a caption (inside the service window). */
    public static WabaOutgoingMessage file(String fileUid, String caption) {
        return new WabaOutgoingMessage(caption, fileUid, null, null, null);
    }

    /** An approved template (allowed outside the service window). */
    public static WabaOutgoingMessage template(WabaOutboundTemplate template) {
        if (template == null) {
            throw new IllegalArgumentException("A WABA template message needs the template");
        }
        return new WabaOutgoingMessage(null, null, template, null, null);
    }

    /** The same message, sent from this WABA account to this phone (creating the chat if needed). */
    public WabaOutgoingMessage toPhone(long wabaAccountId, String phone) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("A WABA send to a phone needs the phone");
        }
        return new WabaOutgoingMessage(text, fileUid, template, wabaAccountId, phone);
    }

    /** Which of the three shapes this is. */
    @JsonIgnore
    public Shape shape() {
        if (template != null) {
            return Shape.TEMPLATE;
        }
        return fileUid != null ? Shape.FILE : Shape.TEXT;
    }

    /** Whether it is addressed to a phone rather than sent into a chat. */
    @JsonIgnore
    public boolean isToPhone() {
        return phone != null;
    }
}
