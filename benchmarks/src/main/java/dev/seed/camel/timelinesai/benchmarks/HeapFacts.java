package dev.seed.camel.timelinesai.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Heap figures of the running JVM, in MiB, for the children's {@code RESULT} lines. */
final class HeapFacts {
    private HeapFacts() {
    }

    /** Max heap, heap used after a GC and the sum of the heap pools' peaks since start. */
    static Map<String, Object> now() {
        System.gc();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("maxHeapMiB", mib(Runtime.getRuntime().maxMemory()));
        facts.put("usedHeapAfterGcMiB", mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        facts.put("peakHeapPoolsMiB", mib(peak));
        return facts;
    }

    static double mib(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }
}
