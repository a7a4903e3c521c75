package cn.gongkai.events.report;

/** An arithmetic error breaks the national format's rules; a warning is a figure that deserves a second look. */
public enum Severity {
    ERROR,
    WARNING
}
