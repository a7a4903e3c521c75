package cn.gongkai.command.yearclose;

import cn.gongkai.command.application.RecordCarryOver;
import cn.gongkai.command.append.EventAppender;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The year close: when a year ends at local midnight in Asia/Shanghai, a carry-over event is recorded for every
 * application open at its end (the formal year-end record); an office can also close one organ's year on demand.
 * Closing twice records nothing new.
 */
@Service
public class YearClose {

    /** The source named in the events year close records, in place of a department's system. */
    public static final String SOURCE = "urn:gongkai:year-close";
    private static final Logger log = LoggerFactory.getLogger(YearClose.class);

    private final ApplicationRegistry registry;
    private final EventAppender appender;
    private final Clock clock;

    public YearClose(ApplicationRegistry registry, EventAppender appender, Clock clock) {
        this.registry = registry;
        this.appender = appender;
        this.clock = clock;
    }

    /** Runs at 00:00:05 on 1 January, Asia/Shanghai time, for the year that has just ended. */
    @Scheduled(cron = "5 0 0 1 1 *", zone = "Asia/Shanghai")
    public void closeTheYearJustEnded() {
        ReportingYear ended = ReportingYear.of(BusinessTime.today(clock).getYear() - 1);
        for (String organ : registry.organs()) {
            YearCloseResult result = close(OrganId.of(organ), ended);
            log.info("Closed {} for organ {}: {} application(s) carried over", ended, organ,
                    result.carriedOver().size());
        }
    }

    public YearCloseResult close(OrganId organ, ReportingYear year) {
        if (!year.hasEndedBy(clock)) {
            throw new YearNotEnded(year);
        }
        List<String> carried = new ArrayList<>();
        int already = 0;
        for (String application : registry.openAtEndOf(organ.value(), year)) {
            RecordCarryOver command = new RecordCarryOver(organ, ApplicationId.of(application), year);
            int applied = appender.appendOne(new EventOrigin(SOURCE, year + "/" + organ + "/" + application,
                    EventTypes.APPLICATION_CARRIED_OVER), command);
            if (applied == 0) {
                already++;
            } else {
                carried.add(application);
            }
        }
        return new YearCloseResult(organ.value(), year.value(), List.copyOf(carried), already);
    }
}
