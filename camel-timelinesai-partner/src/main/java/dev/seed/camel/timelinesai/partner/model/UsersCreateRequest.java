package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code users/create}: how many placeholder agents to create (1–99, all or nothing). */
public record UsersCreateRequest(@JsonProperty("count") int count) {
}
