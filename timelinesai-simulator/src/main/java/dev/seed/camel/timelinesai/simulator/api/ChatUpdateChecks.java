package dev.seed.camel.timelinesai.simulator.api;

import java.util.Optional;
import java.util.function.Function;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;

/** What a chat update checks before it changes anything: a free name and a teammate that exists. */
public final class ChatUpdateChecks {
    private ChatUpdateChecks() {
    }

    /** A new name (null: unchanged) may not be blank nor used by another chat; {@code idByName} finds that chat. */
    public static void name(String name, long chatId, Function<String, Optional<Long>> idByName) {
        if (name == null) {
            return;
        }
        if (name.isBlank()) {
            throw ApiException.validation("name", "Field may not be blank.");
        }
        idByName.apply(name).filter(other -> other != chatId).ifPresent(other -> {
            throw ApiException.badRequest("Chat name \"" + name + "\" is already used by another chat");
        });
    }

    /** The teammate a {@code responsible} e-mail names; null when none is named (unchanged or unassigned). */
    public static Teammate assignee(SimulatorState state, String responsible) {
        if (responsible == null || responsible.isEmpty()) {
            return null;
        }
        return state.teammateByEmail(responsible).filter(t -> !t.isInvited()).orElseThrow(() ->
                ApiException.badRequest("Teammate with email \"" + responsible + "\" not found in the workspace"));
    }
}
