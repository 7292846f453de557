package dev.seed.camel.timelinesai;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route template {@value #TEMPLATE_ID}: consumes {@code source}, paces the exchanges with the Throttle EIP
 * correlated per WhatsApp account (the {@code accountHeader}), so each account sends at its own pace and N
 * accounts send in parallel, and hands them to {@code target}. A {@link TimelinesAiAccountGate} in front lets one
 * exchange per account into the throttle at a time, so each account keeps its order and one account's backlog
 * never holds up another's; the throttle delays asynchronously, so no thread waits. Add it with {@code context.addRoutes(new
 * TimelinesAiPacedSendRouteTemplate())}, then instantiate it with {@code TemplatedRouteBuilder} or a YAML
 * {@code templatedRoute}.
 */
public class TimelinesAiPacedSendRouteTemplate extends RouteBuilder {
    /** The template id. */
    public static final String TEMPLATE_ID = "timelinesai-paced-send";
    /** Parameter: the endpoint to consume, e.g. {@code seda:campaign}. Required. */
    public static final String SOURCE = "source";
    /** Parameter: where paced exchanges go; default {@code timelinesai:messages/send}. */
    public static final String TARGET = "target";
    /** Parameter: the header naming the sending account; default {@code CamelTimelinesAiWhatsappAccountPhone}. */
    public static final String ACCOUNT_HEADER = "accountHeader";
    /** Parameter: milliseconds between two sends of one account; default 2000 (TimelinesAI's own spacing). */
    public static final String INTERVAL = "interval";

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter(SOURCE, null, "The endpoint to consume, e.g. seda:campaign")
                .templateParameter(TARGET, "timelinesai:messages/send", "Where the paced exchanges are sent")
                .templateParameter(ACCOUNT_HEADER, TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE,
                        "The header holding the sending WhatsApp account; exchanges without it share one pace")
                .templateParameter(INTERVAL, "2000", "Milliseconds between two sends of one account")
                .templateBean("accountGate", TimelinesAiAccountGate.class,
                        rtc -> new TimelinesAiAccountGate(rtc.getProperty(ACCOUNT_HEADER, String.class)))
                .from("{{" + SOURCE + "}}")
                .process("{{accountGate}}")
                .throttle(1).timePeriodMillis("{{" + INTERVAL + "}}")
                    .correlationExpression(simple("${header.{{" + ACCOUNT_HEADER + "}}}"))
                    .asyncDelayed(true)
                .to("{{" + TARGET + "}}");
    }
}
