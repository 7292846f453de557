package dev.seed.camel.timelinesai.simulator.state;

import java.time.ZonedDateTime;

/** The simulated workspace: identity, plan and quotas of the current period. */
public final class Workspace {
    private final String workspaceId;
    private volatile String displayName;
    private final String plan;
    private final Quota seats;
    private final Quota messagingQuota;
    private final Quota apiCallsQuota;
    private final Quota nonRecurringQuota;
    private final ZonedDateTime periodStart;
    private final ZonedDateTime periodEnd;

    public Workspace(String workspaceId, String displayName, String plan, long seats, long messaging, long apiCalls,
                     long nonRecurring, ZonedDateTime periodStart) {
        this.workspaceId = workspaceId;
        this.displayName = displayName;
        this.plan = plan;
        this.seats = new Quota(seats);
        this.messagingQuota = new Quota(messaging);
        this.apiCallsQuota = new Quota(apiCalls);
        this.nonRecurringQuota = new Quota(nonRecurring);
        this.periodStart = periodStart;
        this.periodEnd = periodStart.plusMonths(1);
    }

    public String workspaceId() { return workspaceId; }
    public String displayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String plan() { return plan; }
    public Quota seats() { return seats; }
    public Quota messagingQuota() { return messagingQuota; }
    public Quota apiCallsQuota() { return apiCallsQuota; }
    /** One-off purchased credits; {@code total} is what was bought, {@code remaining} the balance. */
    public Quota nonRecurringQuota() { return nonRecurringQuota; }
    public ZonedDateTime periodStart() { return periodStart; }
    public ZonedDateTime periodEnd() { return periodEnd; }
}
