package cn.gongkai.query.projection;

import java.util.List;

/** The projections' processing groups. One group keeps the statistics, so one position describes them all. */
public final class Projections {

    public static final String STATISTICS = "statistics";

    /** Every table the statistics projections keep: what a replay rebuilds and compares. */
    public static final List<String> STATISTICS_TABLES = List.of("organ", "application_fact", "case_fact",
            "document_fact", "document_stock", "decision_tally", "money_fact", "narrative", "carry_over",
            "publication", "application_clock", "projection_position");

    private Projections() {
    }
}
