package dev.seed.camel.timelinesai.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Child JVM of benchmark 4 (run with a small heap): serves {@link IngestRoutes} on the given port, prints
 * {@code READY}, and when its standard input closes prints the deliveries processed, GC counts and heap figures.
 * Argument: port.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(Integer.parseInt(args[0]));
            camel.addService(new VertxPlatformHttpServer(server));
            camel.addComponent("timelinesai", new TimelinesAiComponent());
            IngestRoutes routes = new IngestRoutes();
            camel.addRoutes(routes);
            camel.start();
            System.out.println(JvmFork.READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the parent closes standard input
            }
            result.put("processed", routes.processed());
        }
        long collections = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        result.put("gcCount", collections);
        result.put("gcMillis", gcMillis);
        result.putAll(HeapFacts.now());
        System.out.println(JvmFork.RESULT + JsonSupport.mapper().writeValueAsString(result));
    }
}
