package dev.seed.camel.examples.helpdesk;

import static dev.seed.camel.examples.helpdesk.InboundRoutes.sql;

import java.util.Map;
import java.util.TreeMap;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateCheckException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Answers going out to customers: the teammates' answers written into {@code ticket_answers}, and the route every
 * answer takes to the ticket's chat. On a WhatsApp Business Platform number an answer is tried as free text and,
 * when TimelinesAI refuses it because the customer's 24-hour window has closed, sent again as the approved
 * template {@code helpdesk.waba.template.name} with the answer as a variable.
 */
public class AnswerRoutes extends RouteBuilder {
    /** The error code of a free-form WABA message refused outside the customer's 24-hour service window. */
    static final String WINDOW_CLOSED = "service_window_closed";

    @Override
    public void configure() {
        AnswerTemplate template = new AnswerTemplate(
                getContext().resolvePropertyPlaceholders("{{helpdesk.waba.template.name}}"),
                getContext().resolvePropertyPlaceholders("{{helpdesk.waba.template.language}}"));

        from(sql("SELECT a.id AS answer_id, a.text AS answer_text, t.id AS ticket_id, t.chat_id, t.channel,"
                + " t.customer_name FROM ticket_answers a JOIN tickets t ON t.id = a.ticket_id"
                + " WHERE a.status = 'new' ORDER BY a.id") + "&delay={{helpdesk.answers.delay}}")
                .routeId("ticket-answers")
                // refused by TimelinesAI, or the template check refused it before any send (not approved, no such
                // template, other variables): marked failed, not retried
                .onException(TimelinesAiException.class, WabaTemplateCheckException.class).handled(true)
                    .setHeader("answerDetail", exceptionMessage())
                    .to(sql("UPDATE ticket_answers SET status = 'failed', detail = :#answerDetail"
                            + " WHERE id = :#answerId") + "&noop=true")
                    .log(LoggingLevel.WARN, "helpdesk", "   answer to ${header.ticketNumber} not sent: ${header.answerDetail}")
                .end()
                .process(AnswerRoutes::readAnswer)
                .to("direct:send-answer")
                .to(sql("UPDATE ticket_answers SET status = 'sent', sent_at = CURRENT_TIMESTAMP WHERE id = :#answerId")
                        + "&noop=true")
                .log(LoggingLevel.INFO, "helpdesk", "-> ${header.customerName}: answer to ${header.ticketNumber}"
                        + " sent as ${header.answerSentAs}: ${header.answerText}");

        // every answer to a customer: into the ticket's chat; records it in ticket_messages (sent_as text or template)
        // the caller handles a failed send (noErrorHandler: the exception goes back to it unhandled)
        from("direct:send-answer").routeId("send-answer").errorHandler(noErrorHandler())
                .setHeader("answerText", body())
                .setHeader(TimelinesAiConstants.CHAT_ID, header("customerChatId"))
                .choice()
                    .when(header("customerChannel").isEqualTo(CustomerMessage.WABA))
                        .to("direct:send-waba-answer")
                    .otherwise()
                        .to("timelinesai:messages/send")
                        .setHeader("answerSentAs", constant("text"))
                .end()
                .setHeader("answerUid", header(TimelinesAiConstants.MESSAGE_UID))
                .to(sql("INSERT INTO ticket_messages (ticket_id, direction, message_uid, text, sent_as)"
                        + " VALUES (:#ticketId, 'out', :#answerUid, :#answerText, :#answerSentAs)") + "&noop=true");

        // free text is allowed only inside the 24-hour window the customer's last message opened; TimelinesAI
        // refuses it otherwise (409 service_window_closed, no credit spent) and an approved template goes instead
        from("direct:send-waba-answer").routeId("send-waba-answer").errorHandler(noErrorHandler())
                .doTry()
                    .to("timelinesai:wabaMessages/send")
                    .setHeader("answerSentAs", constant("text"))
                .doCatch(TimelinesAiException.class).onWhen(AnswerRoutes::windowClosed)
                    .log(LoggingLevel.INFO, "helpdesk", "   the 24-hour window of ${header.customerName} has closed:"
                            + " ${header.ticketNumber} is answered with the approved template " + template.name())
                    .process(e -> e.getMessage().setBody(template.forAnswer(
                            e.getMessage().getHeader("ticketNumber", String.class),
                            e.getMessage().getHeader("customerFirstName", String.class),
                            e.getMessage().getHeader("answerText", String.class))))
                    .to("timelinesai:wabaMessages/send")
                    .setHeader("answerSentAs", constant("template"))
                .end();
    }

    /** Whether the send failed because the customer's 24-hour window is closed. */
    static boolean windowClosed(Exchange exchange) {
        TimelinesAiException e = exchange.getException(TimelinesAiException.class);
        if (e == null) {
            e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, TimelinesAiException.class);
        }
        return e != null && WINDOW_CLOSED.equals(e.getErrorCode());
    }

    @SuppressWarnings("unchecked")
    private static void readAnswer(Exchange exchange) throws Exception {
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(exchange.getMessage().getMandatoryBody(Map.class));
        long ticketId = ((Number) row.get("ticket_id")).longValue();
        String name = (String) row.get("customer_name");
        exchange.getMessage().setHeader("answerId", row.get("answer_id"));
        exchange.getMessage().setHeader("ticketId", ticketId);
        exchange.getMessage().setHeader("ticketNumber", "HD-" + ticketId);
        exchange.getMessage().setHeader("customerChatId", row.get("chat_id"));
        exchange.getMessage().setHeader("customerChannel", row.get("channel"));
        exchange.getMessage().setHeader("customerName", name);
        exchange.getMessage().setHeader("customerFirstName", CustomerMessage.firstNameOf(name));
        exchange.getMessage().setBody(row.get("answer_text"));
    }
}
