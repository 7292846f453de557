package dev.seed.camel.timelinesai;

import org.apache.camel.RouteTemplateContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template {@value #TEMPLATE_ID}: consumes {@code source} and hands each exchange to {@code target} when
 * its WhatsApp account (the {@code accountHeader}) has the turn, through a {@link TimelinesAiAccountGate}: one send
 * per account at a time, the next one starting no sooner than {@code interval} after the previous one was
 * answered, so each account keeps its order and its spacing at TimelinesAI while N accounts send in parallel and
 * one account's backlog never holds up another's; waiting holds no thread. With {@code accountPacer} (the name of a
 * {@link TimelinesAiAccountPacer} bean, e.g. one backed by a database shared by replicas) that pacer gives the turns
 * instead of the in-JVM one, so an account is paced across replicas; the gate still keeps each replica's order. Add
 * it with {@code context.addRoutes(new TimelinesAiPacedSendRouteTemplate())}, then instantiate it with
 * {@code TemplatedRouteBuilder} or a YAML {@code templatedRoute}.
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
    /**
     * Parameter: milliseconds from the answer to one send of an account to the start of its next; default 2000
     * (TimelinesAI's own spacing).
     */
    public static final String INTERVAL = "interval";
    /**
     * Parameter (optional): the name of a {@link TimelinesAiAccountPacer} bean that gives each account its turns
     * (across replicas when it uses a shared store) instead of the in-JVM pacer; {@code interval} is then the
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
                .templateParameter(INTERVAL, "2000",
                        "Milliseconds from the answer to one send of an account to the start of its next")
                .templateOptionalParameter(ACCOUNT_PACER, "The name of a TimelinesAiAccountPacer bean that paces "
                        + "each account (e.g. across replicas) instead of the in-JVM pacer")
                .templateBean("accountGate", TimelinesAiAccountGate.class, TimelinesAiPacedSendRouteTemplate::gate)
                .from("{{" + SOURCE + "}}")
                .process("{{accountGate}}")
                .to("{{" + TARGET + "}}");
    }

    /** The gate of the template instance: checks at creation that {@code accountPacer} names a pacer bean. */
    private static TimelinesAiAccountGate gate(RouteTemplateContext rtc) {
        String name = rtc.getProperty(ACCOUNT_PACER, String.class);
        String header = rtc.getProperty(ACCOUNT_HEADER, String.class);
        TimelinesAiAccountGate gate = name == null || name.isBlank()
                ? new TimelinesAiAccountGate(header,
                        TimelinesAiAccountGate.interval(rtc.getProperty(INTERVAL, String.class)), null)
                : new TimelinesAiAccountGate(header, TimelinesAiAccountGate.lookupPacer(rtc.getCamelContext(),
                        name.strip()));
        gate.setCamelContext(rtc.getCamelContext());
        return gate;
    }
}
