package dev.seed.camel.examples.helpdesk;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.event.waba.WabaMessageData;
import dev.seed.camel.timelinesai.model.ChatUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * WhatsApp to the ticket database and back: every customer message (QR-linked account or WhatsApp Business Platform
 * number) is classified, opens a ticket or is added to the chat's open one (H2 through camel-sql), the chat of a
 * QR-linked account is labelled, assigned and gets an internal note, and the customer is answered with the ticket
 * number.
 */
public class InboundRoutes extends RouteBuilder {
    static final String SQL = "sql:%s?dataSource=#helpdeskDb";
    private final String eventsUri;

    /** {@code eventsUri}: the {@code timelinesai:events} endpoint (webhook or poll mode). */
    public InboundRoutes(String eventsUri) {
        this.eventsUri = eventsUri;
    }

    @Override
    public void configure() {
        from(eventsUri).routeId("whatsapp-inbound")
                .process(InboundRoutes::readMessage)
                .filter(body().isNotNull())
                .log(LoggingLevel.INFO, "helpdesk", "<- ${header.customerName} (${header.customerPhone}): ${header.customerText}")
                .process(InboundRoutes::classify)
                .to("direct:open-or-update-ticket")
                .to("direct:update-chat")
                .to("direct:answer-customer");

        from("direct:open-or-update-ticket").routeId("ticket")
                .to(sql("SELECT id FROM tickets WHERE chat_id = :#customerChatId AND status = 'open'"
                        + " ORDER BY id DESC LIMIT 1") + "&outputType=SelectOne&outputHeader=ticketId")
                .choice()
                    .when(header("ticketId").isNull())
                        .setHeader("ticketIsNew", constant(true))
                        .setHeader("ticketAction", constant("opened"))
                        .to(sql("INSERT INTO tickets (chat_id, channel, waba_account_id, customer_phone,"
                                + " customer_name, category, priority, assignee, subject) VALUES (:#customerChatId,"
                                + " :#customerChannel, :#wabaAccountId, :#customerPhone, :#customerName, :#category,"
                                + " :#priority, :#assignee, :#customerText)") + "&noop=true")
                        .to(sql("SELECT MAX(id) FROM tickets WHERE chat_id = :#customerChatId")
                                + "&outputType=SelectOne&outputHeader=ticketId")
                    .otherwise()
                        .setHeader("ticketIsNew", constant(false))
                        .setHeader("ticketAction", constant("updated"))
                        .to(sql("UPDATE tickets SET updated_at = CURRENT_TIMESTAMP, priority = CASE WHEN"
                                + " :#priority = 'high' THEN 'high' ELSE priority END WHERE id = :#ticketId")
                                + "&noop=true")
                .end()
                .setHeader("ticketNumber", simple("HD-${header.ticketId}"))
                .to(sql("UPDATE tickets SET message_count = message_count + 1 WHERE id = :#ticketId") + "&noop=true")
                .to(sql("INSERT INTO ticket_messages (ticket_id, direction, message_uid, text)"
                        + " VALUES (:#ticketId, 'in', :#customerMessageUid, :#customerText)") + "&noop=true")
                .log(LoggingLevel.INFO, "helpdesk", "   ticket ${header.ticketNumber} ${header.ticketAction}: ${header.category},"
                        + " priority ${header.priority}, for ${header.assignee}");

        // labels, assignee and notes of the chats of QR-linked accounts; a WABA chat keeps its ticket in the database
        from("direct:update-chat").routeId("update-chat")
                .filter(header("customerChannel").isEqualTo(CustomerMessage.QR))
                .setHeader(TimelinesAiConstants.LABELS, simple("${header.labels}"))
                .to("timelinesai:labels/add")
                .process(e -> e.getMessage().setBody(
                        new ChatUpdate(null, e.getMessage().getHeader("assignee", String.class), null, null, null)))
                .to("timelinesai:chats/update")
                .setBody(simple("Ticket ${header.ticketNumber}: ${header.category}, priority ${header.priority},"
                        + " assigned to ${header.assignee}. Customer wrote: \"${header.customerText}\""))
                .to("timelinesai:chats/addNote")
                .log(LoggingLevel.INFO, "helpdesk", "   chat ${header.customerChatId} labelled ${header.labels}, assigned, note added");

        from("direct:answer-customer").routeId("answer-customer")
                .choice()
                    .when(header("ticketIsNew"))
                        .setBody(simple("Hi ${header.customerFirstName}, thanks for your message! We opened ticket"
                                + " ${header.ticketNumber} (${header.category}) and a teammate will get back to you"
                                + " shortly."))
                    .otherwise()
                        .setBody(simple("Hi ${header.customerFirstName}, we added your message to ticket"
                                + " ${header.ticketNumber}."))
                .end()
                .to("direct:send-answer")
                .log(LoggingLevel.INFO, "helpdesk", "-> ${header.customerName}: ${header.answerText}");
    }

    static String sql(String statement) {
        return String.format(SQL, statement);
    }

    /** The customer's message as headers and body, or a null body when the event is not a customer's text. */
    private static void readMessage(Exchange exchange) {
        Object event = exchange.getMessage().getBody();
        CustomerMessage message = null;
        if (event instanceof MessageEvent qr && CustomerMessage.isCustomerText(qr)) {
            message = CustomerMessage.of(qr);
        } else if (event instanceof WabaMessageData waba && CustomerMessage.isCustomerText(waba)) {
            message = CustomerMessage.of(waba);
        }
        exchange.getMessage().setBody(message);
        if (message == null) {
            return;
        }
        exchange.getMessage().setHeader("customerChannel", message.channel());
        exchange.getMessage().setHeader("wabaAccountId", message.wabaAccountId());
        exchange.getMessage().setHeader("customerChatId", message.chatId());
        exchange.getMessage().setHeader("customerMessageUid", message.messageUid());
        exchange.getMessage().setHeader("customerPhone", message.phone());
        exchange.getMessage().setHeader("customerName", message.name());
        exchange.getMessage().setHeader("customerFirstName", message.firstName());
        exchange.getMessage().setHeader("customerText", message.text());
    }

    private static void classify(Exchange exchange) {
        Classifier classifier = exchange.getContext().getRegistry().lookupByNameAndType("classifier", Classifier.class);
        Classification c = classifier.classify(exchange.getMessage().getHeader("customerText", String.class));
        exchange.getMessage().setHeader("category", c.category());
        exchange.getMessage().setHeader("priority", c.priority());
        exchange.getMessage().setHeader("assignee", c.assignee());
        exchange.getMessage().setHeader("labels", String.join(",", c.labels()));
    }
}
