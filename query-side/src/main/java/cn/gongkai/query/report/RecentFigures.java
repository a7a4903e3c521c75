package cn.gongkai.query.report;

import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.query.narrative.Publication;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of recently computed live reports, keyed by the organs, the year, the scope and the digest of the
 * events they rest on. The figures, the organ's registration and the report's publications are all a function of
 * exactly those events, so while no event of the organs arrives the digest stays the same and the report is answered
 * without reading the facts again, however far the stream has moved for other organs. The least recently used
 * entries make room beyond {@code gongkai.report.recent-figures}.
 */
@Component
class RecentFigures {

    /** What a live report computes from the read models in one snapshot. */
    record Figures(Organ organ, ReportTables tables, ProcessingFees fees, List<Finding> findings,
                   Publication published) {
    }

    private record Key(List<String> organs, int year, Scope scope, String digest) {
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

    /** The figures remembered for these organs, year, scope and digest, or null. */
    synchronized Figures known(List<String> organs, int year, Scope scope, String digest) {
        return recent.get(new Key(organs, year, scope, digest));
    }

    synchronized void remember(List<String> organs, int year, Scope scope, String digest, Figures figures) {
        recent.put(new Key(List.copyOf(organs), year, scope, digest), figures);
    }
}
