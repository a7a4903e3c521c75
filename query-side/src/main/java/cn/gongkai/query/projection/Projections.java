package cn.gongkai.query.projection;

import cn.gongkai.query.projection.fold.StatisticsTables;

import java.util.List;
import java.util.stream.Stream;

/** The projections' processing groups. One group keeps the statistics, so one position describes them all. */
public final class Projections {

    public static final String STATISTICS = "statistics";

    /** Every table the statistics projection keeps, and its position: what replay verification compares. */
    public static final List<String> STATISTICS_TABLES = Stream.concat(StatisticsTables.KEPT.stream(),
            Stream.of("projection_position")).toList();

    private Projections() {
    }
}
