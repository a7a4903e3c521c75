package cn.gongkai.command.fees;

import cn.gongkai.command.application.RecordDecision;
import cn.gongkai.command.append.EventAppender;
import cn.gongkai.command.yearclose.ApplicationRegistry;
import cn.gongkai.command.yearclose.ApplicationRegistry.UnpaidNotice;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.calendar.UnknownCalendarYear;
import cn.gongkai.events.calendar.WorkingCalendar;
import cn.gongkai.events.organ.OrganId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lapse of unpaid information-processing fees: a notice gives the applicant 20 working days, counted from the
 * day after it is received, to pay; the day after the last of them, an application still unpaid is closed as
 * {@code OTHER_FEE_UNPAID}. Runs every morning (Asia/Shanghai) and on demand.
 */
@Service
public class FeeLapse {

    public static final int WORKING_DAYS_TO_PAY = 20;
    static final String SOURCE = "urn:gongkai:fee-lapse";
    private static final Logger log = LoggerFactory.getLogger(FeeLapse.class);

    private final ApplicationRegistry registry;
    private final WorkingCalendar calendar;
    private final EventAppender appender;
    private final Clock clock;

    public FeeLapse(ApplicationRegistry registry, WorkingCalendar calendar, EventAppender appender, Clock clock) {
        this.registry = registry;
        this.calendar = calendar;
        this.appender = appender;
        this.clock = clock;
    }

    /** An application closed for want of payment. */
    public record Lapsed(String organ, String applicationId, LocalDate noticedOn, LocalDate lastDayToPay,
                         LocalDate closedOn) {
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    public void closeLapsedDaily() {
        List<Lapsed> lapsed = closeLapsed();
        if (!lapsed.isEmpty()) {
            log.info("Closed {} application(s) whose processing fee went unpaid", lapsed.size());
        }
    }

    /**
     * Closes every application whose notice has lapsed by today. A notice whose last day to pay falls in a year
     * without a working-day calendar is left for a later run (that day lies after the last known one, so it has not
     * lapsed before the calendar's year begins) and named in a warning.
     */
    public List<Lapsed> closeLapsed() {
        LocalDate today = BusinessTime.today(clock);
        List<Lapsed> closed = new ArrayList<>();
        Map<Integer, Integer> awaitingCalendar = new TreeMap<>();
        for (UnpaidNotice notice : registry.unpaidNotices()) {
            LocalDate lastDay;
            try {
                lastDay = lastDayToPay(notice.noticedOn());
            } catch (UnknownCalendarYear missing) {
                awaitingCalendar.merge(missing.year(), 1, Integer::sum);
                continue;
            }
            LocalDate closedOn = lastDay.plusDays(1);
            if (!closedOn.isAfter(today)) {
                close(notice, closedOn);
                closed.add(new Lapsed(notice.organ(), notice.applicationId(), notice.noticedOn(), lastDay, closedOn));
            }
        }
        awaitingCalendar.forEach((year, notices) -> log.warn("{} unpaid fee notice(s) cannot lapse until the "
                + "working-day calendar of {} is loaded (gongkai.calendar.dir, cn-{}.txt)", notices, year, year));
        return closed;
    }

    private void close(UnpaidNotice notice, LocalDate closedOn) {
        RecordDecision decision = new RecordDecision(OrganId.of(notice.organ()),
                ApplicationId.of(notice.applicationId()), closedOn, Outcome.OTHER_FEE_UNPAID);
        appender.appendOne(new EventOrigin(SOURCE, notice.organ() + "/" + notice.applicationId() + "/"
                + notice.noticedOn(), EventTypes.APPLICATION_DECIDED), decision);
    }

    /** The 20th working day after the day the notice was received. */
    LocalDate lastDayToPay(LocalDate noticedOn) {
        LocalDate day = noticedOn;
        for (int counted = 0; counted < WORKING_DAYS_TO_PAY; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
