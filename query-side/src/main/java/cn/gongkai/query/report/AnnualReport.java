package cn.gongkai.query.report;

import cn.gongkai.events.report.Finding;

import java.util.List;
import java.util.Map;

/**
 * The annual report of an organ (or its subtree) for a year, as the report JSON of the contract (DESIGN §5):
 * {@code applications} is table 三 keyed by row and column codes; {@code position} is the stream position the
 * figures reflect; {@code findings} are the consistency rules it breaks.
 */
public record AnnualReport(String organ, String organName, int year, String scope, List<String> organs,
                           long position, Map<String, Map<String, Long>> applications, List<Finding> findings) {
}
