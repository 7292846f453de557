package dev.seed.camel.timelinesai.model.waba;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A WABA message template as Meta stores it. {@code status} ({@code APPROVED}, {@code PENDING},
 * {@code REJECTED}, {@code PAUSED}, {@code DISABLED}...) and {@code parameterFormat} ({@code NAMED},
 * {@code POSITIONAL}) are Meta's words, verbatim. {@code accounts} (the WABA account ids that may send it) and
 * the raw Meta {@code components} are only set by the single-template read; both are {@code null} in a list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaTemplate(
        @JsonProperty("id") long id,
        @JsonProperty("meta_template_id") String metaTemplateId,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("parameter_format") String parameterFormat,
        @JsonProperty("language") String language,
        @JsonProperty("category") String category,
        @JsonProperty("meta_waba_id") String metaWabaId,
        @JsonProperty("accounts") List<Long> accounts,
        @JsonProperty("components") JsonNode components) {

    /** The status that lets a template be sent. */
    public static final String APPROVED = "APPROVED";
    /** The parameter format of templates whose parameters have names ({@code {{first_name}}}). */
    public static final String NAMED = "NAMED";

    public WabaTemplate {
        accounts = accounts == null ? null : List.copyOf(accounts);
    }

    /** Whether Meta approved it. */
    @JsonIgnore
    public boolean isApproved() {
        return APPROVED.equalsIgnoreCase(status);
    }

    /** Whether its parameters are named rather than numbered. */
    @JsonIgnore
    public boolean isNamed() {
        return NAMED.equalsIgnoreCase(parameterFormat);
    }

    /** Whether this account may send it; {@code false} when the accounts are unknown (a list item). */
    public boolean isEnabledFor(long wabaAccountId) {
        return accounts != null && accounts.contains(wabaAccountId);
    }
}
