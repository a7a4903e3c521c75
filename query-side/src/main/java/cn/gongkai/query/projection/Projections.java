package cn.gongkai.query.projection;

/** The projections' processing groups. One group keeps the statistics, so one position describes them all. */
public final class Projections {

    public static final String STATISTICS = "statistics";

    private Projections() {
    }
}
