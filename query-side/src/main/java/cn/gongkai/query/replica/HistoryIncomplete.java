package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.PositionRange;

import java.util.List;

/** A figure asked of a replica whose copy of the history lacks positions: it answers none until they are copied. */
class HistoryIncomplete extends RuntimeException {

    /** Ranges named in the problem's detail; the rest are counted. */
    private static final int NAMED = 20;

    private final transient List<PositionRange> missing;

    HistoryIncomplete(List<PositionRange> missing) {
        super(describe(missing));
        this.missing = List.copyOf(missing);
    }

    public List<PositionRange> missing() {
        return missing;
    }

    private static String describe(List<PositionRange> missing) {
        String named = PositionRange.format(missing.subList(0, Math.min(NAMED, missing.size())));
        String more = missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more ranges" : "";
        return "this replica's copy of the event history lacks positions " + named + more + " ("
                + PositionRange.count(missing) + " positions), so it answers no figure until they are copied: "
                + "from the events topic, or from the command side's store (gongkai.kafka.replicate.bootstrap.url)";
    }
}
