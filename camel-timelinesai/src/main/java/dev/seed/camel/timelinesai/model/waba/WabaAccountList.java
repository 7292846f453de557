package dev.seed.camel.timelinesai.model.waba;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The WABA accounts of the workspace ({@code data} of {@code GET /waba/accounts}); iterable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaAccountList(@JsonProperty("waba_accounts") List<WabaAccount> wabaAccounts)
        implements Iterable<WabaAccount> {

    public WabaAccountList {
        wabaAccounts = wabaAccounts == null ? List.of() : List.copyOf(wabaAccounts);
    }

    @Override
    public Iterator<WabaAccount> iterator() {
        return wabaAccounts.iterator();
    }
}
