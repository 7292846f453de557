package dev.seed.camel.examples.onboarding;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Partner onboarding: {@code direct:onboard} (body: the customer's company name) creates the workspace and its
 * agents and writes one QR link per agent to files; when TimelinesAI reports {@code whatsapp_account:connected},
 * the workspace's Public API token is fetched and handed to the {@code timelinesai} component, and a welcome
 * message goes out through the newly connected WhatsApp.
 */
public class OnboardingRoutes extends RouteBuilder {
    static final String LOG = "onboarding";

    @Override
    public void configure() {
        from("direct:onboard").routeId("onboard")
                .setHeader(TimelinesAiPartnerConstants.DISPLAY_NAME, body())
                .to("timelinesai-partner:workspaces/create?seatsPurchased={{onboarding.seats}}")
                .log(LoggingLevel.INFO, LOG, "Workspace ${body.workspaceId} created for ${header.CamelTimelinesAiPartnerDisplayName}")
                .setHeader(TimelinesAiPartnerConstants.COUNT, simple("{{onboarding.agents}}"))
                .to("timelinesai-partner:users/create")
                .log(LoggingLevel.INFO, LOG, "${body.users.size} agents added, ${body.seatsAvailable} seats left")
                .split(simple("${body.users}"))
                    .setHeader(TimelinesAiPartnerConstants.USER_ID, simple("${body.userId}"))
                    .setHeader("agentName", simple("${body.displayName}"))
                    .to("timelinesai-partner:users/qr?expiresInHours={{onboarding.qrHours}}&qrImage=true")
                    .to("direct:write-qr-link")
                .end();

        // body: the PNG of the QR code; the link, its expiry and the QrCode record come as headers
        from("direct:write-qr-link").routeId("write-qr-link")
                .setHeader("qrLink", header(TimelinesAiPartnerConstants.QR_LINK))
                .setHeader("qrExpiresAt", header(TimelinesAiPartnerConstants.QR_EXPIRES_AT))
                .setHeader("qrFile", simple("{{onboarding.output}}/${header.CamelTimelinesAiPartnerWorkspaceId}"
                        + "/user-${header.CamelTimelinesAiPartnerUserId}"))
                .toD("file:{{onboarding.output}}?fileName=${header.CamelTimelinesAiPartnerWorkspaceId}/user-${header.CamelTimelinesAiPartnerUserId}.png")
                .process(e -> e.getMessage().setBody(QrLinkPage.html(
                        e.getMessage().getHeader(TimelinesAiPartnerConstants.QR_CODE, QrCode.class),
                        e.getMessage().getHeader("agentName", String.class))))
                .toD("file:{{onboarding.output}}?fileName=${header.CamelTimelinesAiPartnerWorkspaceId}/user-${header.CamelTimelinesAiPartnerUserId}.html")
                .process(e -> e.getMessage().setBody(String.join("\t",
                        e.getMessage().getHeader(TimelinesAiPartnerConstants.USER_ID, String.class),
                        e.getMessage().getHeader("agentName", String.class),
                        e.getMessage().getHeader("qrLink", String.class),
                        e.getMessage().getHeader("qrExpiresAt", String.class)) + "\n"))
                .toD("file:{{onboarding.output}}?fileName=${header.CamelTimelinesAiPartnerWorkspaceId}/qr-links.txt&fileExist=Append")
                .log(LoggingLevel.INFO, LOG, "QR code for ${header.agentName} written to ${header.qrFile}.png (page: .html)");

        from("timelinesai-partner:events?eventTypes=whatsapp_account:connected&webhookPath={{onboarding.webhookPath}}")
                .routeId("whatsapp-connected")
                .setHeader("connectedPhone", simple("${body.phoneNumberE164}"))
                .log(LoggingLevel.INFO, LOG, "WhatsApp ${header.connectedPhone} connected in workspace"
                        + " ${header.CamelTimelinesAiPartnerWorkspaceId} (user ${header.CamelTimelinesAiPartnerUserId})")
                .setBody(header(TimelinesAiPartnerConstants.WORKSPACE_ID))
                .to("timelinesai-partner:tokens/get?tokenTarget=timelinesai")
                .log(LoggingLevel.INFO, LOG, "Public API token of ${header.CamelTimelinesAiPartnerWorkspaceId} handed to the timelinesai component")
                .setHeader(TimelinesAiConstants.PHONE, simple("{{onboarding.welcomePhone}}"))
                .setBody(simple("{{onboarding.welcomeText}}"))
                // created on first use, once the component has the workspace's token
                .toD("timelinesai:messages/send")
                .log(LoggingLevel.INFO, LOG, "Welcome message ${body} sent to {{onboarding.welcomePhone}}");
    }

}
