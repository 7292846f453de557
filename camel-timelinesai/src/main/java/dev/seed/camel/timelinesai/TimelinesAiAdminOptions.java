package dev.seed.camel.timelinesai;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code workspace/*}, {@code webhooks/*} and {@code templates/*} operations. */
@UriParams
public class TimelinesAiAdminOptions {
    @UriParam(label = "producer", description = "workspace/invite: the e-mail of the user to invite.")
    private String email;
    @UriParam(label = "producer", description = "workspace/invite: first name of the invited user.")
    private String firstName;
    @UriParam(label = "producer", description = "workspace/invite: last name of the invited user.")
    private String lastName;
    @UriParam(label = "producer", description = "workspace/invite: the team of the invited user. templates/create and update: the team the template is shared with (not set: all teams).")
    private String teamTitle;
    @UriParam(label = "producer", enums = "admin,team_supervisor,teammate,agent,collaborator", description = "workspace/invite: the role of the invited user.")
    private String role;
    @UriParam(label = "producer", description = "workspace/revokeInvitation: the user id of the pending invitation.")
    private Long userId;
    @UriParam(label = "producer", description = "webhooks/get, update and delete: the subscription id.")
    private Long webhookId;
    @UriParam(label = "producer", description = "webhooks/create and update: the event type, e.g. message:received:new or chat:new.")
    private String eventType;
    @UriParam(label = "producer", description = "webhooks/create and update: the URL TimelinesAI posts events to (http or https).")
    private String webhookUrl;
    @UriParam(label = "producer", description = "webhooks/create and update: whether the subscription delivers events.")
    private Boolean enabled;
    @UriParam(label = "producer", description = "templates/get, update, delete and trackUsage: the template id; wabaTemplates/get: the WABA template id.")
    private Long templateId;
    @UriParam(label = "producer", description = "templates/create and update: the template name.")
    private String templateName;
    @UriParam(label = "producer", enums = "public,private,read-only", description = "templates/create and update: who sees the template.")
    private String visibility;
    @UriParam(label = "producer", description = "templates/trackUsage: an origin label for the usage record.")
    private String origin;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getTeamTitle() {
        return teamTitle;
    }

    public void setTeamTitle(String teamTitle) {
        this.teamTitle = teamTitle;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public Long getWebhookId() {
        return webhookId;
    }

    public void setWebhookId(Long webhookId) {
        this.webhookId = webhookId;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }
}
