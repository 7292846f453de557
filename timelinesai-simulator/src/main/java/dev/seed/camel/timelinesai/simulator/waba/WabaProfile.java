package dev.seed.camel.timelinesai.simulator.waba;

/** A WhatsApp Business Account (Meta's WABA): the profile several phone-number accounts and the templates belong to. */
public record WabaProfile(String metaWabaId, String name) {
}
