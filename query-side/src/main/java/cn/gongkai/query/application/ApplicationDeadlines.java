package cn.gongkai.query.application;

import cn.gongkai.events.calendar.StatutoryClock;
import cn.gongkai.events.calendar.UnknownCalendarYear;
import cn.gongkai.events.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The open applications of an organ with their statutory due dates, on the working-day calendar. */
@Service
public class ApplicationDeadlines {

    private static final int KEYS_PER_READ = 1000;
    /** The open applications' clock columns, in the order {@link #deadline} reads them. */
    private static final String OPEN_CLOCKS = "select application_id, applicant_type, received_on, "
            + "correction_requested_on, corrected_on, extension_days, consultations, set_due_on "
            + "from application_clock where decided_on is null";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final WorkingCalendar calendar;
    private final int dueSoonWorkingDays;

    public ApplicationDeadlines(JdbcTemplate jdbc, WorkingCalendar calendar,
                                @Value("${gongkai.clock.due-soon-working-days:5}") int dueSoonWorkingDays) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.calendar = calendar;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** Which open applications to list. */
    public enum Status {
        OPEN, OVERDUE, DUE_SOON;

        public static Status parse(String value) {
            for (Status status : values()) {
                if (status.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("status must be open, overdue or due-soon, not '" + value + "'");
        }
    }

    /**
     * An open application and its clock: {@code workingDaysLeft} is negative once overdue, null without a due date.
     * A due date running into a year whose working-day calendar is not loaded is not guessed: {@code dueOn} is null,
     * {@code awaitingCalendar} names the year, and {@code overdue} is false while today is before that year, null
     * (not known) from then on.
     */
    public record OpenApplication(String applicationId, String applicantType, LocalDate receivedOn,
                                  StatutoryClock.State clock, LocalDate dueOn, Integer workingDaysLeft,
                                  Boolean overdue, Integer awaitingCalendar) {
    }

    public List<OpenApplication> list(String organ, Status status, LocalDate today) {
        List<OpenApplication> open = new ArrayList<>();
        jdbc.query(OPEN_CLOCKS + " and organ = ?", rs -> {
                    open.add(deadline(rs, today));
                }, organ);
        return open.stream().filter(a -> matches(a, status))
                .sorted(Comparator.comparing(OpenApplication::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenApplication::applicationId))
                .toList();
    }

    /**
     * The open ones among these applications of the organ, with their clocks as of today; decided or unknown ones are
     * left out. Reads each by its key, so its cost follows the applications asked about, not the organ's size.
     */
    public List<OpenApplication> openAmong(String organ, Collection<String> applicationIds, LocalDate today) {
        List<OpenApplication> open = new ArrayList<>();
        List<String> ids = List.copyOf(applicationIds);
        for (int from = 0; from < ids.size(); from += KEYS_PER_READ) {
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("organ", organ)
                    .addValue("ids", ids.subList(from, Math.min(ids.size(), from + KEYS_PER_READ)));
            named.query(OPEN_CLOCKS + " and organ = :organ and application_id in (:ids)", params, rs -> {
                open.add(deadline(rs, today));
            });
        }
        return open;
    }

    private boolean matches(OpenApplication application, Status status) {
        return switch (status) {
            case OPEN -> true;
            case OVERDUE -> isOverdue(application);
            case DUE_SOON -> isDueSoon(application);
        };
    }

    public boolean isOverdue(OpenApplication application) {
        return Boolean.TRUE.equals(application.overdue());
    }

    public boolean isDueSoon(OpenApplication application) {
        return Boolean.FALSE.equals(application.overdue()) && application.workingDaysLeft() != null
                && application.workingDaysLeft() <= dueSoonWorkingDays;
    }

    private OpenApplication deadline(ResultSet rs, LocalDate today) throws SQLException {
        StatutoryClock.Facts facts = new StatutoryClock.Facts(date(rs, 3), date(rs, 4), date(rs, 5), rs.getInt(6),
                consultations(rs.getString(7)), date(rs, 8), null);
        StatutoryClock.Deadline deadline = StatutoryClock.of(facts, calendar);
        return new OpenApplication(rs.getString(1), rs.getString(2), date(rs, 3), deadline.state(),
                deadline.dueOn(), workingDaysLeft(today, deadline.dueOn()), overdue(today, deadline),
                deadline.awaitingCalendar());
    }

    /** Past its due date; without one, not overdue unless the due date awaits a year's calendar that has begun. */
    private static Boolean overdue(LocalDate today, StatutoryClock.Deadline deadline) {
        if (deadline.dueOn() != null) {
            return today.isAfter(deadline.dueOn());
        }
        Integer awaiting = deadline.awaitingCalendar();
        return awaiting == null || today.getYear() < awaiting ? Boolean.FALSE : null;
    }

    /** Working days from today to the due date, negative once past it; null if a year between has no calendar. */
    private Integer workingDaysLeft(LocalDate today, LocalDate due) {
        if (due == null) {
            return null;
        }
        try {
            return today.isAfter(due) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        } catch (UnknownCalendarYear missing) {
            return null;
        }
    }

    private static List<StatutoryClock.Consultation> consultations(String encoded) {
        List<StatutoryClock.Consultation> consultations = new ArrayList<>();
        for (String pair : encoded.split(";")) {
            if (!pair.isBlank()) {
                String[] ends = pair.split("/", -1);
                consultations.add(new StatutoryClock.Consultation(LocalDate.parse(ends[0]),
                        ends[1].isEmpty() ? null : LocalDate.parse(ends[1])));
            }
        }
        return consultations;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static String code(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
