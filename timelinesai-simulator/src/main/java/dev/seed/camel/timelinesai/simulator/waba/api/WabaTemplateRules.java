package dev.seed.camel.timelinesai.simulator.waba.api;

import java.util.List;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;

/**
 * Resolves the template of a send for the sending account: found by name and language (404), of the account's
 * WABA profile (409 {@code template_wrong_waba}), {@code APPROVED} (409 {@code template_not_approved}), and given
 * exactly as many header and body variables as it takes (422 {@code template_variables_mismatch}).
 */
final class WabaTemplateRules {

    private WabaTemplateRules() {
    }

    /** The requested template: name, language and the variables per section. */
    record Requested(String name, String language, List<String> header, List<String> body) {
    }

    static WabaTemplate resolve(WabaState waba, WabaAccount account, Requested requested) {
        List<WabaTemplate> named = waba.templates().stream().filter(t -> t.name().equals(requested.name())).toList();
        if (named.isEmpty()) {
            throw ApiException.notFound("WABA template \"" + requested.name() + "\" not found");
        }
        List<WabaTemplate> translated = named.stream().filter(t -> t.language().equals(requested.language())).toList();
        if (translated.isEmpty()) {
            throw ApiException.notFound("WABA template \"" + requested.name() + "\" has no \"" + requested.language()
                    + "\" translation");
        }
        WabaTemplate template = translated.stream().filter(t -> t.metaWabaId().equals(account.metaWabaId())).findFirst()
                .orElseThrow(() -> new ApiException(409, "template_wrong_waba", "WABA template \"" + requested.name()
                        + "\" (" + requested.language() + ") belongs to another WABA than account \"" + account.id() + "\""));
        if (!template.isApproved()) {
            throw new ApiException(409, "template_not_approved", "WABA template \"" + template.name() + "\" is "
                    + template.status() + ", not APPROVED");
        }
        if (requested.header().size() != template.headerParameters()
                || requested.body().size() != template.bodyParameters()) {
            throw new ApiException(422, "template_variables_mismatch", "WABA template \"" + template.name()
                    + "\" takes " + template.headerParameters() + " header and " + template.bodyParameters()
                    + " body variables; got " + requested.header().size() + " and " + requested.body().size());
        }
        return template;
    }
}
