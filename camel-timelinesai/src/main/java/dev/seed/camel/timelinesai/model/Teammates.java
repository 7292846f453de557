package dev.seed.camel.timelinesai.model;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The workspace's teams and teammates; iterates over the teammates. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Teammates(
        @JsonProperty("teams") List<Team> teams,
        @JsonProperty("teammates") List<Teammate> teammates) implements Iterable<Teammate> {

    public Teammates {
        teams = teams == null ? List.of() : List.copyOf(teams);
        teammates = teammates == null ? List.of() : List.copyOf(teammates);
    }

    @Override
    public Iterator<Teammate> iterator() {
        return teammates.iterator();
    }
}
