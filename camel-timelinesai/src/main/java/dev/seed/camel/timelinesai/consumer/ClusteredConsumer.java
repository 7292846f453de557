package dev.seed.camel.timelinesai.consumer;

/** An events consumer that may run as one of several replicas electing a leader. */
public interface ClusteredConsumer {

    /** The leadership of this replica while the consumer runs with a cluster service, else {@code null}. */
    ClusterLeadership getLeadership();

    /** Whether this replica does the leader's work: always when it works alone. */
    default boolean isLeading() {
        ClusterLeadership leadership = getLeadership();
        return leadership == null || leadership.isLeader();
    }
}
