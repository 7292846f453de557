package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.StatusChange;

/**
 * The result of an analytics request, shaped after Meta's two edges: {@code analytics} (sent and delivered
 * per UTC day) and {@code pricing_analytics} (volume per day, broken down by the requested dimensions). Only
 * days with outbound messages appear; there are no cost figures.
 */
final class AnalyticsReport {
    private static final Map<String, String> COUNTRY_BY_PREFIX = new LinkedHashMap<>();

    static {
        COUNTRY_BY_PREFIX.put("49", "DE");
        COUNTRY_BY_PREFIX.put("44", "GB");
        COUNTRY_BY_PREFIX.put("34", "ES");
        COUNTRY_BY_PREFIX.put("33", "FR");
        COUNTRY_BY_PREFIX.put("1", "US");
    }

    private final WabaState waba;
    private final WabaAccount account;

    AnalyticsReport(WabaState waba, WabaAccount account) {
        this.waba = waba;
        this.account = account;
    }

    ObjectNode build(long start, long end, List<String> dimensions) {
        Map<Long, long[]> perDay = new TreeMap<>();
        Map<String, Long> pricing = new TreeMap<>();
        for (WabaMessage m : waba.messagesOfAccount(account.id())) {
            Message message = m.message();
            long at = message.timestamp().getEpochSecond();
            if (!message.fromMe() || at < start || at > end || !reached(message, "Sent")) {
                continue;
            }
            long day = message.timestamp().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toEpochSecond();
            long[] counts = perDay.computeIfAbsent(day, d -> new long[2]);
            counts[0]++;
            if (reached(message, "Delivered")) {
                counts[1]++;
            }
            pricing.merge(day + "|" + breakdown(m, dimensions), 1L, Long::sum);
        }
        ObjectNode result = Json.object();
        ObjectNode analytics = result.putObject("analytics").put("granularity", "DAY");
        analytics.putArray("phone_numbers").add(account.phone().substring(1));
        ArrayNode points = analytics.putArray("data_points");
        perDay.forEach((day, counts) -> points.addObject().put("start", day).put("end", day + 86_400)
                .put("sent", counts[0]).put("delivered", counts[1]));
        ObjectNode pricingNode = result.putObject("pricing_analytics").put("granularity", "DAILY");
        ArrayNode pricingPoints = pricingNode.putArray("data_points");
        pricing.forEach((key, volume) -> {
            String[] parts = key.split("\\|", -1);
            long day = Long.parseLong(parts[0]);
            ObjectNode point = pricingPoints.addObject().put("start", day).put("end", day + 86_400);
            for (int i = 0; i < dimensions.size(); i++) {
                point.put(dimensions.get(i).toLowerCase(), parts[i + 1]);
            }
            point.put("volume", volume);
        });
        return result;
    }

    /** The breakdown values of one message, in the order of the requested dimensions, joined by {@code |}. */
    private static String breakdown(WabaMessage m, List<String> dimensions) {
        StringBuilder key = new StringBuilder();
        for (String dimension : dimensions) {
            if (key.length() > 0) {
                key.append('|');
            }
            key.append(switch (dimension) {
                case "COUNTRY" -> country(m.message().recipientPhone());
                case "PRICING_CATEGORY" -> m.template() == null ? "SERVICE" : m.template().category();
                default -> m.template() == null ? "FREE_CUSTOMER_SERVICE" : "REGULAR";
            });
        }
        return key.toString();
    }

    private static String country(String phone) {
        String digits = Phones.digits(phone);
        return COUNTRY_BY_PREFIX.entrySet().stream().filter(e -> digits.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("ZZ");
    }

    private static boolean reached(Message message, String status) {
        for (StatusChange change : message.statusHistory()) {
            if (change.status().equals(status) || ("Delivered".equals(status) && change.status().equals("Read"))) {
                return true;
            }
        }
        return false;
    }
}
