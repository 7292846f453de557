-- Tables of camel-timelinesai-cluster on PostgreSQL (ClusterSchema.create runs this file; so can psql).
-- Names are the defaults of the store classes; each class takes another table name.

-- JdbcClaimingIdempotentRepository: one row per processed or in-progress event key (camel-sql's
-- JdbcMessageIdRepository layout plus the claim columns and a primary key).
CREATE TABLE IF NOT EXISTS timelinesai_event_claim (
    processorName VARCHAR(255) NOT NULL,
    messageId VARCHAR(255) NOT NULL,
    createdAt TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    claimHolder VARCHAR(80),
    PRIMARY KEY (processorName, messageId)
);

-- JdbcPollStateStore: one row per poll cursor (the PollState as JSON).
CREATE TABLE IF NOT EXISTS timelinesai_poll_state (
    name VARCHAR(255) PRIMARY KEY,
    state TEXT NOT NULL,
    updatedAt TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Bucket4jRequestLimiter: bucket4j's PostgreSQL table, one row per bucket.
CREATE TABLE IF NOT EXISTS timelinesai_bucket (
    id VARCHAR(255) PRIMARY KEY,
    state BYTEA
);

-- JdbcAccountPacer: one row per WhatsApp account: who holds its send turn, until when, and when its next turn may
-- start.
CREATE TABLE IF NOT EXISTS timelinesai_account_turn (
    account VARCHAR(255) PRIMARY KEY,
    holder VARCHAR(80),
    heldUntil TIMESTAMP WITH TIME ZONE,
    nextStart TIMESTAMP WITH TIME ZONE NOT NULL
);
