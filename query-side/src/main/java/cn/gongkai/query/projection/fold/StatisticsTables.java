package cn.gongkai.query.projection.fold;

import java.util.List;

/** The tables the statistics fold keeps, and the codes it writes in them. */
public final class StatisticsTables {

    public static final String ORGAN = "organ";
    public static final String APPLICATION_FACT = "application_fact";
    public static final String APPLICATION_CLOCK = "application_clock";
    public static final String CARRY_OVER = "carry_over";
    public static final String CASE_FACT = "case_fact";
    public static final String DOCUMENT_FACT = "document_fact";
    public static final String DOCUMENT_STOCK = "document_stock";
    public static final String DECISION_TALLY = "decision_tally";
    public static final String MONEY_FACT = "money_fact";
    public static final String NARRATIVE = "narrative";
    public static final String PUBLICATION = "publication";
    /** Counts of {@code application_fact} rows by the groups table 三 counts alike ({@link FactCounts}). */
    public static final String APPLICATION_COUNT = "application_count";

    /** {@code money_fact.purpose}: an administrative fee collected (table 二). */
    public static final String FEE_COLLECTED = "FEE_COLLECTED";
    /** {@code money_fact.purpose}: an information-processing fee notified to an applicant. */
    public static final String FEE_CHARGED = "PROCESSING_FEE_CHARGED";
    /** {@code money_fact.purpose}: an information-processing fee paid. */
    public static final String FEE_PAID = "PROCESSING_FEE_PAID";

    /** Every table the fold changes, in the order a rebuild writes them (the counts are written after them). */
    public static final List<String> ALL = List.of(ORGAN, APPLICATION_FACT, APPLICATION_CLOCK, CARRY_OVER, CASE_FACT,
            DOCUMENT_FACT, DOCUMENT_STOCK, DECISION_TALLY, MONEY_FACT, NARRATIVE, PUBLICATION);

    /** The tables of counts kept beside the facts ({@link FactCounts}). */
    public static final List<String> COUNTS = FactCounts.ALL.stream().map(FactCounts::countTable).toList();

    /** What a reset empties and a rebuild writes: the fold's tables, then the counts. */
    public static final List<String> KEPT = java.util.stream.Stream.concat(ALL.stream(), COUNTS.stream()).toList();

    private StatisticsTables() {
    }
}
