package cn.gongkai.query.narrative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report's latest publication beside the live figures: what was published, when, at which position and digest,
 * and each cell whose live value has since been restated.
 */
public record Publication(LocalDate publishedOn, long position, String digest,
                          Map<String, Map<String, Map<String, String>>> figures, List<RestatedCell> restated) {

    /** A cell whose live value differs from the published one. */
    public record RestatedCell(String table, String row, String column, String published, String live) {
    }
}
