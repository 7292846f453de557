package dev.seed.camel.examples.helpdesk;

import static dev.seed.camel.examples.helpdesk.InboundRoutes.sql;

import dev.seed.camel.timelinesai.TimelinesAiAwaitTimeoutException;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiMessageFailedException;
import dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A CSV of customers dropped into the broadcast folder becomes one WhatsApp message each, recorded in the
 * database, paced per WhatsApp account (the component's {@code timelinesai-paced-send} template), and tracked until it is delivered or fails.
 */
public class BroadcastRoutes extends RouteBuilder {
    private final String folder;

    /** {@code folder}: where CSV files are picked up (moved to {@code .done} once read). */
    public BroadcastRoutes(String folder) {
        this.folder = folder;
    }

    @Override
    public void configure() {
        from("file:" + folder + "?include=.*\\.csv&move=.done/${file:name}.${date:now:yyyyMMddHHmmssSSS}"
                + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250")
                .routeId("broadcast-csv")
                .setHeader("campaign", header(Exchange.FILE_NAME))
                .process(e -> e.getMessage().setBody(CustomerCsv.parse(e.getMessage().getBody(String.class))))
                .log(LoggingLevel.INFO, "helpdesk", "Broadcast ${header.campaign}: ${body.size} customers")
                .split(body())
                    .process(BroadcastRoutes::recipientHeaders)
                    .to(sql("INSERT INTO broadcast_messages (campaign, phone, customer_name, account_phone, status)"
                            + " VALUES (:#campaign, :#recipientPhone, :#recipientName, :#recipientAccount, 'Queued')")
                            + "&noop=true")
                    .to(sql("SELECT MAX(id) FROM broadcast_messages WHERE campaign = :#campaign"
                            + " AND phone = :#recipientPhone") + "&outputType=SelectOne&outputHeader=broadcastId")
                    .to("seda:broadcast-out?size=100000")
                .end();

        // the component's paced-send template: one send per WhatsApp account at a time, the next
        // helpdesk.broadcast.interval ms after the previous was answered, accounts side by side, each in order
        templatedRoute(TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID).routeId("broadcast-pace")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:broadcast-out?size=100000")
                .parameter(TimelinesAiPacedSendRouteTemplate.TARGET, "direct:broadcast-send")
                .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL,
                        getContext().resolvePropertyPlaceholders("{{helpdesk.broadcast.interval}}"));

        from("direct:broadcast-send").routeId("broadcast-send")
                .onException(TimelinesAiException.class).handled(true)
                    .setHeader("broadcastDetail", exceptionMessage())
                    .to(sql("UPDATE broadcast_messages SET status = 'Error', detail = :#broadcastDetail,"
                            + " finished_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP WHERE id = :#broadcastId") + "&noop=true")
                    .log(LoggingLevel.INFO, "helpdesk", "   broadcast to ${header.recipientName} not sent: ${header.broadcastDetail}")
                .end()
                .setHeader(TimelinesAiConstants.PHONE, header("recipientPhone"))
                .setBody(header("broadcastText"))
                .to("timelinesai:messages/send")
                .setHeader("broadcastUid", body())
                .to(sql("UPDATE broadcast_messages SET message_uid = :#broadcastUid, status = 'Pending',"
                        + " updated_at = CURRENT_TIMESTAMP WHERE id = :#broadcastId") + "&noop=true")
                .log(LoggingLevel.INFO, "helpdesk", "-> broadcast to ${header.recipientName} (${header.recipientPhone})"
                        + " from ${header.CamelTimelinesAiWhatsappAccountPhone}")
                .to("seda:broadcast-track?size=100000");

        from("seda:broadcast-track?size=100000&concurrentConsumers=4").routeId("broadcast-track")
                .onException(TimelinesAiMessageFailedException.class).handled(true)
                    .setHeader("broadcastStatus", constant("Failed"))
                    .setHeader("broadcastDetail", exceptionMessage())
                    .to("direct:broadcast-status")
                .end()
                .onException(TimelinesAiAwaitTimeoutException.class).handled(true)
                    .setHeader("broadcastStatus",
                            simple("${exception.lastStatus}"))
                    .setHeader("broadcastDetail", constant("not delivered within {{helpdesk.broadcast.awaitTimeout}}"))
                    .to("direct:broadcast-status")
                .end()
                .to("timelinesai:messages/awaitStatus?expectedStatus=Delivered"
                        + "&awaitTimeout={{helpdesk.broadcast.awaitTimeout}}"
                        + "&pollInterval={{helpdesk.broadcast.pollInterval}}")
                .setHeader("broadcastStatus", header(TimelinesAiConstants.MESSAGE_STATUS))
                .setHeader("broadcastDetail", constant(""))
                .to("direct:broadcast-status");

        from("direct:broadcast-status").routeId("broadcast-status")
                .to(sql("UPDATE broadcast_messages SET status = :#broadcastStatus, detail = :#broadcastDetail,"
                        + " finished_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP WHERE id = :#broadcastId") + "&noop=true")
                .log(LoggingLevel.INFO, "helpdesk", "   broadcast to ${header.recipientName}: ${header.broadcastStatus}");
    }

    private static void recipientHeaders(Exchange exchange) {
        Recipient recipient = exchange.getMessage().getBody(Recipient.class);
        String template = exchange.getContext().resolvePropertyPlaceholders("{{helpdesk.broadcast.text}}");
        exchange.getMessage().setHeader("recipientPhone", recipient.phone());
        exchange.getMessage().setHeader("recipientName", recipient.name());
        exchange.getMessage().setHeader("recipientAccount", recipient.accountPhone());
        exchange.getMessage().setHeader("broadcastText", recipient.personalise(template));
        if (recipient.accountPhone() != null) {
            exchange.getMessage().setHeader(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, recipient.accountPhone());
        }
    }
}
