package cn.gongkai.events.calendar;

/** A working day was asked of a year whose holidays Gongkai does not know: it will not guess. */
public class UnknownCalendarYear extends RuntimeException {

    private final int year;

    public UnknownCalendarYear(int year) {
        super("no calendar of public holidays for " + year + "; add calendar/cn-" + year
                + ".txt to the calendar directory (gongkai.calendar.dir)");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
