package cn.gongkai.query.report;

import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The figures of recently computed live reports, keyed by the organs, the year and the digest of the events they rest
 * on. The figures are a function of exactly those events, so while no event of the organs arrives the digest stays
 * the same and the report is answered without recounting the fact rows, however far the stream has moved for other
 * organs. The least recently used entries make room beyond {@code gongkai.report.recent-figures}.
 */
@Component
class RecentFigures {

    /** What a live report computes from the read models. */
    record Figures(ReportTables tables, ProcessingFees fees, List<Finding> findings) {
    }

    private record Key(List<String> organs, int year, String digest) {
    }

    private final Map<Key, Figures> recent;

    RecentFigures(@Value("${gongkai.report.recent-figures:2000}") int capacity) {
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Figures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The figures for these organs, year and digest: remembered ones, or computed now and remembered. */
    Figures of(List<String> organs, int year, String digest, Supplier<Figures> compute) {
        Key key = new Key(List.copyOf(organs), year, digest);
        Figures known;
        synchronized (this) {
            known = recent.get(key);
        }
        if (known != null) {
            return known;
        }
        Figures computed = compute.get();
        synchronized (this) {
            recent.put(key, computed);
        }
        return computed;
    }
}
