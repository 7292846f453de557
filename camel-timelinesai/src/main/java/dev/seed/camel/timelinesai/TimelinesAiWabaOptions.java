package dev.seed.camel.timelinesai;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the WhatsApp Business Platform operations ({@code waba*} API groups). */
@UriParams
public class TimelinesAiWabaOptions {
    @UriParam(label = "producer,waba", description = "The internal id of the WABA account (e.g. 4021, not the Meta phone id): the sender of wabaMessages/send to a phone, the account of wabaAccounts/get and analytics, the filter of wabaChats/list, and the account wabaTemplates/check checks the template for.")
    private Long wabaAccountId;
    @UriParam(label = "producer,waba", description = "wabaMessages/send and wabaTemplates/check: the name of the approved template to send (a template body overrides it).")
    private String wabaTemplateName;
    @UriParam(label = "producer,waba", description = "wabaMessages/send and wabaTemplates/check: the language of the template, e.g. en_US.")
    private String wabaTemplateLanguage;
    @UriParam(label = "producer,waba", defaultValue = "true", description = "wabaMessages/send: before a template send, check that the template is APPROVED, enabled for the sending account and given exactly its variables; a failure is a WabaTemplateCheckException before any request or credit is spent.")
    private boolean wabaTemplateCheck = true;
    @UriParam(label = "producer,waba,advanced", defaultValue = "60000", javaType = "java.time.Duration", description = "How long a template looked up for the check before a send is reused (milliseconds or a duration), so a broadcast does not read the template for each message.")
    private long wabaTemplateCacheTtl = 60000;
    @UriParam(label = "producer,waba", description = "wabaAccounts/analytics and awaitAnalytics: the start of the period, in Unix seconds (TimelinesAI clamps it to the last 365 days).")
    private Long analyticsStart;
    @UriParam(label = "producer,waba", description = "wabaAccounts/analytics and awaitAnalytics: the end of the period, in Unix seconds (a future end is clamped to now).")
    private Long analyticsEnd;
    @UriParam(label = "producer,waba", description = "wabaAccounts/analytics and awaitAnalytics: the breakdown, a comma-separated subset of COUNTRY, PRICING_CATEGORY and PRICING_TYPE.")
    @Metadata(enums = "COUNTRY,PRICING_CATEGORY,PRICING_TYPE")
    private String analyticsDimensions;
    @UriParam(label = "producer,waba", description = "wabaAccounts/analyticsResult: the handle returned by wabaAccounts/analytics.")
    private String analyticsHandle;

    public Long getWabaAccountId() {
        return wabaAccountId;
    }

    public void setWabaAccountId(Long wabaAccountId) {
        this.wabaAccountId = wabaAccountId;
    }

    public String getWabaTemplateName() {
        return wabaTemplateName;
    }

    public void setWabaTemplateName(String wabaTemplateName) {
        this.wabaTemplateName = wabaTemplateName;
    }

    public String getWabaTemplateLanguage() {
        return wabaTemplateLanguage;
    }

    public void setWabaTemplateLanguage(String wabaTemplateLanguage) {
        this.wabaTemplateLanguage = wabaTemplateLanguage;
    }

    public boolean isWabaTemplateCheck() {
        return wabaTemplateCheck;
    }

    public void setWabaTemplateCheck(boolean wabaTemplateCheck) {
        this.wabaTemplateCheck = wabaTemplateCheck;
    }

    public long getWabaTemplateCacheTtl() {
        return wabaTemplateCacheTtl;
    }

    public void setWabaTemplateCacheTtl(long wabaTemplateCacheTtl) {
        this.wabaTemplateCacheTtl = wabaTemplateCacheTtl;
    }

    public Long getAnalyticsStart() {
        return analyticsStart;
    }

    public void setAnalyticsStart(Long analyticsStart) {
        this.analyticsStart = analyticsStart;
    }

    public Long getAnalyticsEnd() {
        return analyticsEnd;
    }

    public void setAnalyticsEnd(Long analyticsEnd) {
        this.analyticsEnd = analyticsEnd;
    }

    public String getAnalyticsDimensions() {
        return analyticsDimensions;
    }

    public void setAnalyticsDimensions(String analyticsDimensions) {
        this.analyticsDimensions = analyticsDimensions;
    }

    public String getAnalyticsHandle() {
        return analyticsHandle;
    }

    public void setAnalyticsHandle(String analyticsHandle) {
        this.analyticsHandle = analyticsHandle;
    }
}
