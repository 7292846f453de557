package dev.seed.camel.timelinesai.consumer;

/** Why a delivery was refused: the HTTP status and a short reason that never contains a secret. */
public record Rejection(int status, String reason) {
}
