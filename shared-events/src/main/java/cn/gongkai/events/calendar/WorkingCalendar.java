package cn.gongkai.events.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Chinese working days, year by year, from versioned calendar files of the State Council's holiday notices: a day
 * is a working day from Monday to Friday unless it is a public holiday, and on a weekend only if it is an adjusted
 * working day (调休). A day of a year with no calendar is refused, never guessed.
 */
public final class WorkingCalendar {

    /** The years shipped in shared-events; more, or replacements, come from a directory. */
    public static final int[] SHIPPED = {2024, 2025, 2026};

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Map<Integer, String> versions = new TreeMap<>();
    private final Map<Integer, YearIndex> years = new HashMap<>();

    private WorkingCalendar() {
    }

    /** The shipped years, each replaced by a file {@code cn-YYYY.txt} of the directory where one is there. */
    public static WorkingCalendar load(Path directory) {
        Map<Integer, Reader> files = new HashMap<>();
        for (int year : SHIPPED) {
            InputStream shipped = WorkingCalendar.class.getResourceAsStream("/calendar/cn-" + year + ".txt");
            files.put(year, new InputStreamReader(shipped, StandardCharsets.UTF_8));
        }
        if (directory != null && Files.isDirectory(directory)) {
            try (Stream<Path> paths = Files.list(directory)) {
                for (Path path : paths.filter(p -> p.getFileName().toString().matches("cn-\\d{4}\\.txt")).toList()) {
                    int year = Integer.parseInt(path.getFileName().toString().substring(3, 7));
                    files.put(year, Files.newBufferedReader(path, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the calendar directory " + directory, e);
            }
        }
        WorkingCalendar calendar = new WorkingCalendar();
        files.forEach(calendar::read);
        calendar.index();
        return calendar;
    }

    public static WorkingCalendar shipped() {
        return load(null);
    }

    public boolean isWorkingDay(LocalDate day) {
        YearIndex year = yearOf(day.getYear());
        return year.before[day.getDayOfYear()] > year.before[day.getDayOfYear() - 1];
    }

    /**
     * The working days after {@code from}, up to and including {@code to}: a difference of running counts, so a
     * deadline two months away costs no more than one tomorrow (the dashboard asks this for every open application
     * every few seconds).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = from.plusDays(1);
        int count = 0;
        for (int year = first.getYear(); year <= to.getYear(); year++) {
            YearIndex index = yearOf(year);
            int start = year == first.getYear() ? first.getDayOfYear() - 1 : 0;
            int end = year == to.getYear() ? to.getDayOfYear() : index.before.length - 1;
            count += index.before[end] - index.before[start];
        }
        return count;
    }

    private YearIndex yearOf(int year) {
        YearIndex index = years.get(year);
        if (index == null) {
            throw new UnknownCalendarYear(year);
        }
        return index;
    }

    /** For each known year, the working days before each day of the year ({@code before[n]}: in days 1..n). */
    private void index() {
        for (int year : versions.keySet()) {
            LocalDate day = LocalDate.of(year, 1, 1);
            int length = day.lengthOfYear();
            int[] before = new int[length + 1];
            for (int n = 1; n <= length; n++, day = day.plusDays(1)) {
                before[n] = before[n - 1] + (isWorkingDayByRule(day) ? 1 : 0);
            }
            years.put(year, new YearIndex(before));
        }
    }

    private boolean isWorkingDayByRule(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** Running counts of working days through one year. */
    private record YearIndex(int[] before) {
    }

    /** The versions of the calendar files in use, by year. */
    public Map<Integer, String> versions() {
        return Map.copyOf(versions);
    }

    private void read(int year, Reader source) {
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entry(year, number, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendar of " + year, e);
        }
        if (!versions.containsKey(year)) {
            throw new IllegalArgumentException("the calendar of " + year + " has no version line");
        }
    }

    private void entry(int year, int number, String line) {
        String[] parts = line.split("\\s+", 3);
        try {
            switch (parts[0]) {
                case "version" -> versions.put(year, parts[1]);
                case "holiday" -> days(parts[1]).forEach(holidays::add);
                case "workday" -> days(parts[1]).forEach(workdays::add);
                default -> throw new IllegalArgumentException("unknown entry '" + parts[0] + "'");
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar of " + year + ", line " + number + " ('" + line + "'): "
                    + e.getMessage(), e);
        }
    }

    private static Stream<LocalDate> days(String range) {
        String[] ends = range.split("\\.\\.");
        LocalDate first = LocalDate.parse(ends[0]);
        LocalDate last = ends.length > 1 ? LocalDate.parse(ends[1]) : first;
        return first.datesUntil(last.plusDays(1));
    }
}
