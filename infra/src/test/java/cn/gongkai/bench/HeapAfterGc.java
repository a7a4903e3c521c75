package cn.gongkai.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use right after a garbage collection while it listens: what a phase keeps alive, as opposed to the
 * peak heap, which counts garbage not yet collected. Every collection counts (young ones too), so it is an upper
 * bound of the live data at that moment.
 */
final class HeapAfterGc implements AutoCloseable {

    private final AtomicLong most = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    HeapAfterGc() {
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (!pool.getKey().contains("Metaspace") && !pool.getKey().contains("CodeHeap")
                    && !pool.getKey().contains("Compressed Class")) {
                used += pool.getValue().getUsed();
            }
        }
        long after = used;
        most.accumulateAndGet(after, Math::max);
        collections.incrementAndGet();
    }

    /** The most heap in use after a collection, in MiB, and how many collections there were. */
    String mostMib() {
        return most.get() / (1 << 20) + " (" + collections.get() + " collections)";
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // never added
            }
        }
    }
}
