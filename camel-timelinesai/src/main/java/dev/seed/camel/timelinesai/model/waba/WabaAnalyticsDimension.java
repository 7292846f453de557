package dev.seed.camel.timelinesai.model.waba;

/** A pricing breakdown an analytics request may ask for. */
public enum WabaAnalyticsDimension {
    COUNTRY,
    PRICING_CATEGORY,
    PRICING_TYPE
}
