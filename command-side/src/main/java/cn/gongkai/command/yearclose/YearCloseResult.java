package cn.gongkai.command.yearclose;

import java.util.List;

/** What closing a year recorded for one organ: the applications carried over into the next year. */
public record YearCloseResult(String organ, int year, List<String> carriedOver, int alreadyRecorded) {
}
