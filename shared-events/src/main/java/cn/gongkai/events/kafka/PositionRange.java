package cn.gongkai.events.kafka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Consecutive positions of the event stream, {@code first} to {@code last} inclusive, written {@code 5-9} (or
 * {@code 5} for one position); a list of ranges is written with commas, {@code 5-9,12}.
 */
public record PositionRange(long first, long last) {

    public PositionRange {
        if (first < KafkaContract.FIRST_POSITION || last < first) {
            throw new IllegalArgumentException("a range of positions runs from a position of at least "
                    + KafkaContract.FIRST_POSITION + " to one not below it, not " + first + "-" + last);
        }
    }

    public long size() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? Long.toString(first) : first + "-" + last;
    }

    public static PositionRange parse(String text) {
        int dash = text.indexOf('-', 1);
        try {
            return dash < 0 ? new PositionRange(Long.parseLong(text.strip()), Long.parseLong(text.strip()))
                    : new PositionRange(Long.parseLong(text.substring(0, dash).strip()),
                    Long.parseLong(text.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a range of positions: " + text, e);
        }
    }

    public static List<PositionRange> parseList(String text) {
        List<PositionRange> ranges = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String range : text.split(",")) {
                ranges.add(parse(range));
            }
        }
        return ranges;
    }

    public static String format(List<PositionRange> ranges) {
        return String.join(",", ranges.stream().map(PositionRange::toString).toList());
    }

    /** The same positions as ranges in order, none overlapping or touching another. */
    public static List<PositionRange> merge(List<PositionRange> ranges) {
        List<PositionRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(PositionRange::first));
        List<PositionRange> merged = new ArrayList<>();
        for (PositionRange range : sorted) {
            PositionRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new PositionRange(last.first(), Math.max(last.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The positions of {@code ranges} that are not in {@code taken}, as merged ranges. */
    public static List<PositionRange> minus(List<PositionRange> ranges, List<PositionRange> taken) {
        List<PositionRange> left = new ArrayList<>();
        List<PositionRange> holes = merge(taken);
        for (PositionRange range : merge(ranges)) {
            long next = range.first();
            for (PositionRange hole : holes) {
                if (hole.last() < next || hole.first() > range.last()) {
                    continue;
                }
                if (hole.first() > next) {
                    left.add(new PositionRange(next, hole.first() - 1));
                }
                next = hole.last() + 1;
            }
            if (next <= range.last()) {
                left.add(new PositionRange(next, range.last()));
            }
        }
        return left;
    }

    /** The part of this range within {@code from} to {@code to}, if any. */
    public Optional<PositionRange> within(long from, long to) {
        long start = Math.max(first, from);
        long end = Math.min(last, to);
        return start <= end ? Optional.of(new PositionRange(start, end)) : Optional.empty();
    }

    /** The total number of positions of the ranges. */
    public static long count(List<PositionRange> ranges) {
        return ranges.stream().mapToLong(PositionRange::size).sum();
    }
}
