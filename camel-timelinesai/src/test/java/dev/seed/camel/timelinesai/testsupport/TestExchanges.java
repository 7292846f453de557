package dev.seed.camel.timelinesai.testsupport;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Sends test exchanges: a body plus header name/value pairs, the exchange returned with any exception unthrown. */
public final class TestExchanges {
    private TestExchanges() {
    }

    /** Sends {@code body} with {@code headers} (name, value, name, value...) to {@code uri}; returns the exchange. */
    public static Exchange request(ProducerTemplate template, String uri, Object body, Object... headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                e.getMessage().setHeader((String) headers[i], headers[i + 1]);
            }
        });
    }
}
