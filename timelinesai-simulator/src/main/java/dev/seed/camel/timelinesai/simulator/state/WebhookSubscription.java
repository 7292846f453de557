package dev.seed.camel.timelinesai.simulator.state;

/** A webhook subscription: one event type delivered to one URL. */
public final class WebhookSubscription {
    private final long id;
    private String eventType;
    private String url;
    private boolean enabled;
    private boolean deleted;
    private int errorsCounter;

    public WebhookSubscription(long id, String eventType, String url, boolean enabled) {
        this.id = id;
        this.eventType = eventType;
        this.url = url;
        this.enabled = enabled;
    }

    public long id() { return id; }
    public String eventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String url() { return url; }
    public void setUrl(String url) { this.url = url; }
    public boolean enabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean deleted() { return deleted; }
    public void setDeleted(boolean deleted) { this.deleted = deleted; }
    public synchronized int errorsCounter() { return errorsCounter; }
    public synchronized void recordFailure() { errorsCounter++; }
    public synchronized void recordSuccess() { errorsCounter = 0; }
}
