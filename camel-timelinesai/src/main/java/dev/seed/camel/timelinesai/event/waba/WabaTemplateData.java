package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * {@code waba:template:approved}, {@code rejected} or {@code disabled}: Meta changed a template's status; a
 * template can go back and forth, so deduplication is left to the payload digest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record WabaTemplateData(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("template") WabaEventTemplate template) implements WabaEvent {

    /** The internal id of the template, or {@code null}. */
    public Long templateId() {
        return template == null ? null : template.id();
    }

    /** Always {@code null}: a template belongs to a WABA profile; its accounts are {@code template.accounts}. */
    @Override
    public Long wabaAccountId() {
        return null;
    }

    @JsonIgnore
    @Override
    public boolean isComplete() {
        return template != null && template.id() != null;
    }
}
