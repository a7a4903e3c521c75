package cn.gongkai.local;

import java.util.List;
import java.util.regex.Pattern;

/** What a test reads in the service's console log: the lines that should never appear for input it refuses. */
final class ServiceLog {

    /** A logged ERROR, a stack frame, or a "Caused by" of an exception chain. */
    static final Pattern ALARMING = Pattern.compile("^(\\S+\\s+ERROR\\s.*|\\s+at [\\w.$/]+\\(.*\\)|Caused by: .*)$");

    private ServiceLog() {
    }

    /** The ERROR lines and stack-trace lines of a stretch of log. */
    static List<String> alarming(String log) {
        return log.lines().filter(line -> ALARMING.matcher(line).matches()).distinct().limit(20).toList();
    }
}
