package dev.seed.camel.timelinesai;

import org.apache.camel.RouteTemplateContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.language.RefExpression;

/**
 * The route template {@value #TEMPLATE_ID}: consumes {@code source}, paces the exchanges with the Throttle EIP
 * correlated per WhatsApp account (the {@code accountHeader}), so each account sends at its own pace and N
 * accounts send in parallel, and hands them to {@code target}. A {@link TimelinesAiAccountGate} in front lets one
 * exchange per account into the throttle at a time, so each account keeps its order and one account's backlog
 * never holds up another's; the throttle delays asynchronously, so no thread waits. With {@code accountPacer} (the
 * name of a {@link TimelinesAiAccountPacer} bean, e.g. one backed by a database shared by replicas), the Delay EIP
 * waits (asynchronously) for the slot that pacer books instead of the in-JVM throttle; the gate still keeps each
 * replica's order. Add it with {@code context.addRoutes(new TimelinesAiPacedSendRouteTemplate())}, then instantiate
 * it with {@code TemplatedRouteBuilder} or a YAML {@code templatedRoute}.
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
    /**
     * Parameter (optional): the name of a {@link TimelinesAiAccountPacer} bean that spaces each account's sends
     * (across replicas when it uses a shared store) instead of the in-JVM throttle; {@code interval} is then the
     * pacer's own.
     */
    public static final String ACCOUNT_PACER = "accountPacer";

    @Override
    public void configure() {
        routeTemplate(TEMPLATE_ID)
                .templateParameter(SOURCE, null, "The endpoint to consume, e.g. seda:campaign")
                .templateParameter(TARGET, "timelinesai:messages/send", "Where the paced exchanges are sent")
                .templateParameter(ACCOUNT_HEADER, TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE,
                        "The header holding the sending WhatsApp account; exchanges without it share one pace")
                .templateParameter(INTERVAL, "2000", "Milliseconds between two sends of one account")
                .templateOptionalParameter(ACCOUNT_PACER, "The name of a TimelinesAiAccountPacer bean that paces "
                        + "each account (e.g. across replicas) instead of the in-JVM throttle")
                .templateBean("accountGate", TimelinesAiAccountGate.class,
                        rtc -> new TimelinesAiAccountGate(rtc.getProperty(ACCOUNT_HEADER, String.class)))
                .templateBean("pacerDelay", TimelinesAiAccountPacerDelay.class, TimelinesAiPacedSendRouteTemplate::pacerDelay)
                .from("{{" + SOURCE + "}}")
                .process("{{accountGate}}")
                .choice()
                    .when(new RefExpression("{{pacerDelay}}"))
                        .delay(new RefExpression("{{pacerDelay}}")).asyncDelayed()
                    .endChoice()
                    .otherwise()
                        .throttle(1).timePeriodMillis("{{" + INTERVAL + "}}")
                            .correlationExpression(simple("${header.{{" + ACCOUNT_HEADER + "}}}"))
                            .asyncDelayed(true)
                        .end() // the throttle
                .end() // the choice
                .to("{{" + TARGET + "}}");
    }

    /** The delay of the template instance: checks at creation that {@code accountPacer} names a pacer bean. */
    private static TimelinesAiAccountPacerDelay pacerDelay(RouteTemplateContext rtc) {
        String name = rtc.getProperty(ACCOUNT_PACER, String.class);
        if (name != null && !name.isBlank() && rtc.getCamelContext().getRegistry()
                .lookupByNameAndType(name.strip(), TimelinesAiAccountPacer.class) == null) {
            throw new IllegalArgumentException("Parameter " + ACCOUNT_PACER + " of route template " + TEMPLATE_ID
                    + " names no TimelinesAiAccountPacer bean: '" + name + "'");
        }
        return new TimelinesAiAccountPacerDelay(name, rtc.getProperty(ACCOUNT_HEADER, String.class));
    }
}
