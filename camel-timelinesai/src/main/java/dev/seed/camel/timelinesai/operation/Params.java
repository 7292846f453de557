package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Reads an operation's inputs: a {@code CamelTimelinesAi*} header wins over the endpoint option. */
final class Params {
    /** The prefix every header of the component starts with (matched ignoring case, as Camel looks headers up). */
    private static final String HEADER_PREFIX = "CamelTimelinesAi";

    private final Exchange exchange;
    private final TimelinesAiConfiguration config;
    /** Whether the message has a header of the component; null until first asked. */
    private Boolean ownHeaders;

    Params(Exchange exchange, TimelinesAiConfiguration config) {
        this.exchange = exchange;
        this.config = config;
    }

    TimelinesAiConfiguration config() {
        return config;
    }

    Exchange exchange() {
        return exchange;
    }

    Object body() {
        return exchange.getMessage().getBody();
    }

    String string(String header, String option) {
        if (!hasOwnHeaders()) {
            return option;
        }
        String value = exchange.getMessage().getHeader(header, String.class);
        return value != null ? value : option;
    }

    Long longValue(String header, Long option) {
        if (!hasOwnHeaders()) {
            return option;
        }
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option;
        }
        Long converted = exchange.getContext().getTypeConverter().convertTo(Long.class, exchange, value);
        if (converted == null) {
            throw new IllegalArgumentException("Header " + header + " must be a number, was " + value);
        }
        return converted;
    }

    Integer intValue(String header, Integer option) {
        Long value = longValue(header, option == null ? null : option.longValue());
        return value == null ? null : Math.toIntExact(value);
    }

    /** A numeric id from the header, else the option, else a numeric body; fails naming the option. */
    long requiredId(String header, Long option, String optionName) {
        Long value = longValue(header, option);
        if (value != null) {
            return value;
        }
        Object body = body();
        if (body instanceof Number n) {
            return n.longValue();
        }
        if (body instanceof String s && s.trim().matches("\\d+")) {
            return Long.parseLong(s.trim());
        }
        throw new IllegalArgumentException("Missing " + optionName + ": set the option " + optionName + ", the header "
                + header + " or a numeric body");
    }

    /** A uid from the header, else the option, else a String body; fails naming the option. */
    String requiredUid(String header, String option, String optionName) {
        String value = string(header, option);
        if (value != null && !value.isBlank()) {
            return value;
        }
        if (body() instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        throw new IllegalArgumentException("Missing " + optionName + ": set the option " + optionName + ", the header "
                + header + " or a String body");
    }

    /** A list of names from a header (comma-separated String or Collection), else the option; {@code null} if none. */
    List<String> names(String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            value = option;
        }
        return toNames(value);
    }

    static List<String> toNames(Object value) {
        if (value == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> {
                if (v != null && !v.toString().isBlank()) {
                    result.add(v.toString().trim());
                }
            });
        } else {
            for (String part : value.toString().split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }

    void setBody(Object body) {
        exchange.getMessage().setBody(body);
    }

    void setHeader(String name, Object value) {
        exchange.getMessage().setHeader(name, value);
        ownHeaders = null;
    }

    /**
     * Whether the message carries any {@code CamelTimelinesAi*} header, found in one pass over its headers: without
     * one, every input is its option and no header is looked up by name.
     */
    private boolean hasOwnHeaders() {
        Boolean known = ownHeaders;
        if (known == null) {
            boolean found = false;
            Message message = exchange.getMessage();
            if (message.hasHeaders()) {
                for (String name : message.getHeaders().keySet()) {
                    if (name.regionMatches(true, 0, HEADER_PREFIX, 0, HEADER_PREFIX.length())) {
                        found = true;
                        break;
                    }
                }
            }
            known = found;
            ownHeaders = known;
        }
        return known;
    }
}
