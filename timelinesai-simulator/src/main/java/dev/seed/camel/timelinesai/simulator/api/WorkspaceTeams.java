package dev.seed.camel.timelinesai.simulator.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;

/**
 * The workspace's teams: the default team (titled {@value #DEFAULT}) and every team a teammate belongs to.
 * Titles match case-insensitively.
 */
public final class WorkspaceTeams {
    /** Title of the workspace's default team. */
    public static final String DEFAULT = "Default";
    /** How the invitation endpoint names the default team. */
    static final String DEFAULT_ALIAS = "Default team";

    private WorkspaceTeams() {
    }

    /** Team titles: the default team first, then in the order teammates joined them. */
    public static List<String> titles(SimulatorState state) {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put(key(DEFAULT), DEFAULT);
        for (Teammate teammate : state.teammates()) {
            if (teammate.team() != null) {
                byKey.putIfAbsent(key(teammate.team()), teammate.team());
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The canonical title of an existing team; "Default team" names the default team. */
    public static Optional<String> find(SimulatorState state, String title) {
        if (title == null) {
            return Optional.empty();
        }
        String wanted = key(title);
        if (wanted.equals(key(DEFAULT_ALIAS))) {
            return Optional.of(DEFAULT);
        }
        return titles(state).stream().filter(t -> key(t).equals(wanted)).findFirst();
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
