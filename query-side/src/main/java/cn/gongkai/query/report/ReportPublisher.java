package cn.gongkai.query.report;

import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;
import java.util.Map;

/**
 * Records the publication of a report, as a {@code gongkai.report.published} event. The command side records it, so
 * the query side asks through this port; a process that runs both sides provides it.
 */
public interface ReportPublisher {

    /** What a publication freezes: a report's figures, the stream position they stood at and their digest. */
    record Publication(OrganId organ, ReportingYear year, String scope, LocalDate publishedOn, long position,
                       String digest, Map<String, Map<String, Map<String, String>>> figures) {
    }

    /** @throws CommandSideAbsent when the command side does not run in this process */
    void publish(Publication publication);

    /** The command side, which records publications, does not run in this process. */
    class CommandSideAbsent extends RuntimeException {

        public CommandSideAbsent(Throwable cause) {
            super("publication is recorded by the command side, which does not run in this process: "
                    + "publish through the embedded service or a process that runs both sides", cause);
        }
    }
}
