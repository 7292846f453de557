package dev.seed.camel.timelinesai.clustertests;

/**
 * The tables through which the replicas report to the test, in the shared PostgreSQL: what each route processed,
 * and the holds of the redelivery-while-in-progress scenario.
 */
final class ProofTables {
    /** One row per event a route processed to the end (written inside the route, before the claim is confirmed). */
    static final String PROCESSED = """
            CREATE TABLE IF NOT EXISTS proof_processed (
                id BIGSERIAL PRIMARY KEY,
                replica TEXT NOT NULL,
                route TEXT NOT NULL,
                message_uid TEXT NOT NULL,
                text TEXT,
                at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())""";
    /** A replica holding an event (state {@code holding}) until the test says {@code release}. */
    static final String HOLDS = """
            CREATE TABLE IF NOT EXISTS proof_holds (
                message_uid TEXT PRIMARY KEY,
                replica TEXT NOT NULL,
                state TEXT NOT NULL)""";
    /** Text prefix of an event the named replica holds until released, then fails: {@code hold-then-fail:r1}. */
    static final String HOLD_THEN_FAIL = "hold-then-fail:";

    private ProofTables() {
    }
}
