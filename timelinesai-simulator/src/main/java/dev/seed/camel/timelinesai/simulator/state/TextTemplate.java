package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;

/** A text template (quick reply). */
public final class TextTemplate {
    private final long id;
    private final String createdByName;
    private final Instant createdAt;
    private String name;
    private String text;
    private String visibility;
    private String teamTitle;
    private String updatedByName;
    private Instant updatedAt;
    private int usageCount;

    public TextTemplate(long id, String name, String text, String visibility, String teamTitle, String createdByName,
                        Instant createdAt) {
        this.id = id;
        this.name = name;
        this.text = text;
        this.visibility = visibility;
        this.teamTitle = teamTitle;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.updatedByName = createdByName;
        this.updatedAt = createdAt;
    }

    public long id() { return id; }
    public String createdByName() { return createdByName; }
    public Instant createdAt() { return createdAt; }
    public String name() { return name; }
    public void setName(String name) { this.name = name; }
    public String text() { return text; }
    public void setText(String text) { this.text = text; }
    public String visibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public String teamTitle() { return teamTitle; }
    public void setTeamTitle(String teamTitle) { this.teamTitle = teamTitle; }
    public String updatedByName() { return updatedByName; }
    public Instant updatedAt() { return updatedAt; }
    public int usageCount() { return usageCount; }

    public void touch(String byName, Instant at) {
        this.updatedByName = byName;
        this.updatedAt = at;
    }

    public void recordUsage() {
        usageCount++;
    }
}
