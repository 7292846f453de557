package dev.seed.camel.timelinesai.partner.model;

/** A Partner API answer about one workspace, whose id the producer puts in the workspace id header. */
public interface WorkspaceScoped {
    String workspaceId();
}
