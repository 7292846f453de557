package dev.seed.camel.timelinesai.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * Child JVM of benchmark 5: starts a Camel Main application whose one route, from {@code seda:send}, goes to
 * {@code timelinesai:messages/send} ({@code with}) or to {@code seda:sent} ({@code without}), and prints the JVM
 * uptime at which the CamelContext was started, the loaded classes and the heap after a GC.
 * Argument: with | without.
 */
public final class StartupChild {
    private StartupChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean with = "with".equals(args[0]);
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                if (with) {
                    from("seda:send").routeId("send")
                            .to("timelinesai:messages/send?chatId=1&token=startup-token-0123456789"
                                    + "&baseUrl=http://127.0.0.1:9");
                } else {
                    from("seda:send").routeId("send").to("seda:sent");
                }
            }
        });
        main.start();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        if (!main.getCamelContext().isStarted()) {
            throw new IllegalStateException("the CamelContext did not start");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedAtUptimeMillis", uptime);
        result.put("loadedClasses", ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        result.putAll(HeapFacts.now());
        main.stop();
        System.out.println(JvmFork.RESULT + JsonSupport.mapper().writeValueAsString(result));
    }
}
