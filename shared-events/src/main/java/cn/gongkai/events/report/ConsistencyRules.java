package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The consistency rules (勾稽关系) of DESIGN §3, judged cell by cell on any report or part of one. Arithmetic is an
 * error; continuity with last year and figures quoted in the narrative are warnings. The 总计 column of table 三 is
 * judged only by the row-sum rule, so one wrong 总计 cell is named once rather than again through every rule that
 * reads it.
 */
public final class ConsistencyRules {

    public static final String TABLE = "applications";
    public static final String CASES = "reviewsAndLawsuits";
    public static final String PROACTIVE = "proactive";
    public static final String NARRATIVE = "narrative";
    public static final String NON_NEGATIVE = "NON_NEGATIVE";
    public static final String ROW_TOTAL = "ROW_TOTAL_IS_SUM_OF_APPLICANT_COLUMNS";
    public static final String RESULT_TOTAL = "RESULT_TOTAL_IS_SUM_OF_RESULT_ROWS";
    public static final String BALANCE = "RECEIVED_PLUS_CARRIED_IN_EQUALS_RESULTS_PLUS_CARRIED_OUT";
    public static final String CASE_TOTAL = "CASE_TOTAL_IS_SUM_OF_RESULTS_AND_PENDING";
    public static final String CARRY_OVER_CONTINUITY = "CARRIED_IN_EQUALS_LAST_YEARS_CARRIED_OUT";
    public static final String IN_FORCE_CONTINUITY = "IN_FORCE_EQUALS_LAST_YEAR_PLUS_ISSUED_MINUS_REPEALED";
    public static final String NARRATIVE_FIGURE = "NARRATIVE_FIGURE_EQUALS_TABLE";
    public static final String CARRY_OVER_CONTRADICTED = "CARRY_OVER_CONTRADICTED_BY_LATER_DECISION";
    public static final String NARRATIVE_WRITTEN = "NARRATIVE_SECTION_WRITTEN";

    /** Figures the narrative quotes, and the cell each must equal. */
    private static final List<Quote> QUOTES = List.of(
            new Quote(Pattern.compile("(?:受理|收到|新收)[^，。；,;\\d]{0,20}?申请(\\d+)件"), TABLE,
                    ApplicationRow.RECEIVED.name(), ApplicationColumn.TOTAL.name()),
            new Quote(Pattern.compile("行政复议(?:案件)?(\\d+)件"), CASES, CaseGroup.REVIEW.name(),
                    CaseColumn.TOTAL.name()),
            new Quote(Pattern.compile("行政诉讼(?:案件)?(\\d+)件"), CASES, "LAWSUIT", CaseColumn.TOTAL.name()));

    private ConsistencyRules() {
    }

    /**
     * Carry-over records of {@code year} that later decisions contradict: one warning per applicant column of the
     * 结转下年度继续办理 row, naming each application, in column order and then by organ and application. The live and
     * the as-of report both judge by this rule, from their own facts.
     */
    public static List<Finding> carryOverContradictions(ReportingYear year, List<CarryOverContradiction> found) {
        Map<ApplicantType, List<CarryOverContradiction>> byColumn = new EnumMap<>(ApplicantType.class);
        found.stream().sorted(Comparator.comparing(CarryOverContradiction::organ)
                        .thenComparing(CarryOverContradiction::applicationId))
                .forEach(c -> byColumn.computeIfAbsent(c.applicantType(), t -> new ArrayList<>()).add(c));
        List<Finding> findings = new ArrayList<>();
        byColumn.forEach((type, contradictions) -> findings.add(Finding.of(CARRY_OVER_CONTRADICTED,
                Severity.WARNING, TABLE, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR.name(),
                ApplicationColumn.valueOf(type.name()).name(), 0, contradictions.size(),
                contradictions.size() + " 件申请记为" + year + "年末结转下年度，其后又记为在该年内办结："
                        + contradictions.stream()
                        .map(c -> c.organ() + "/" + c.applicationId() + " 办结于 " + c.decidedOn())
                        .collect(Collectors.joining("，")))));
        return List.copyOf(findings);
    }

    /**
     * A whole report's prose: a warning for each of 一, 五 and 六 left empty (the national format asks for all three;
     * not judged on a part of a report handed to the linter, which may leave the prose out on purpose).
     */
    public static List<Finding> narrativeWritten(Map<NarrativeSection, String> narrative) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = narrative.get(section);
            if (text == null || text.isBlank()) {
                findings.add(Finding.of(NARRATIVE_WRITTEN, Severity.WARNING, NARRATIVE, section.name(), "TEXT", 0, 0,
                        section.heading() + "：尚未撰写，年度报告应包含此部分"));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Every rule of a whole report of {@code year}: those of {@link #checkWhole}, with {@code lastYear} (or null) for
     * the continuity rules, and the carry-over records of the year that later decisions contradict
     * ({@link #carryOverContradictions}). The entry point of every report Gongkai assembles ({@link ReportAssembler}).
     */
    public static List<Finding> checkReport(ReportingYear year, ReportTables report, ReportTables lastYear,
                                            List<CarryOverContradiction> contradicted) {
        List<Finding> findings = new ArrayList<>(checkWhole(report, lastYear));
        findings.addAll(carryOverContradictions(year, contradicted));
        return List.copyOf(findings);
    }

    /**
     * A whole report's rules: every rule its parts can be judged by, and its prose written ({@link #narrativeWritten});
     * for a part of a report (a table handed to the linter) {@link #check} alone.
     */
    public static List<Finding> checkWhole(ReportTables report, ReportTables lastYear) {
        List<Finding> findings = new ArrayList<>(check(report, lastYear));
        findings.addAll(narrativeWritten(report.narrative()));
        return List.copyOf(findings);
    }

    /** Every rule that the parts present can be judged by; {@code lastYear} (or null) for the continuity rules. */
    public static List<Finding> check(ReportTables report, ReportTables lastYear) {
        List<Finding> findings = new ArrayList<>();
        if (report.applications() != null) {
            findings.addAll(check(report.applications()));
        }
        if (report.cases() != null) {
            cases(report.cases(), findings);
        }
        if (report.proactive() != null) {
            proactive(report.proactive(), findings);
        }
        if (lastYear != null) {
            continuity(report, lastYear, findings);
        }
        narrative(report, findings);
        return List.copyOf(findings);
    }

    public static List<Finding> check(ApplicationsTable table) {
        List<Finding> findings = new ArrayList<>();
        nonNegative(table, findings);
        rowTotals(table, findings);
        for (ApplicantType type : ApplicantType.values()) {
            ApplicationColumn column = ApplicationColumn.of(type);
            resultTotal(table, column, findings);
            balance(table, column, findings);
        }
        return List.copyOf(findings);
    }

    private static void nonNegative(ApplicationsTable table, List<Finding> findings) {
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicationColumn column : ApplicationColumn.values()) {
                long value = table.cell(row, column);
                if (value < 0) {
                    findings.add(error(NON_NEGATIVE, row, column, 0, value,
                            "数量不能为负数"));
                }
            }
        }
    }

    private static void rowTotals(ApplicationsTable table, List<Finding> findings) {
        for (ApplicationRow row : ApplicationRow.values()) {
            long sum = 0;
            for (ApplicantType type : ApplicantType.values()) {
                sum += table.cell(row, ApplicationColumn.of(type));
            }
            long total = table.cell(row, ApplicationColumn.TOTAL);
            if (sum != total) {
                findings.add(error(ROW_TOTAL, row, ApplicationColumn.TOTAL, sum, total,
                        PrintedLabels.applicationRow(row) + "：总计应等于各类申请人之和"));
            }
        }
    }

    private static void resultTotal(ApplicationsTable table, ApplicationColumn column, List<Finding> findings) {
        long sum = 0;
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.isResult()) {
                sum += table.cell(row, column);
            }
        }
        long total = table.cell(ApplicationRow.RESULT_TOTAL, column);
        if (sum != total) {
            findings.add(error(RESULT_TOTAL, ApplicationRow.RESULT_TOTAL, column, sum, total,
                    "（七）总计应等于各项办理结果之和（" + column.label() + "）"));
        }
    }

    private static void balance(ApplicationsTable table, ApplicationColumn column, List<Finding> findings) {
        long in = table.cell(ApplicationRow.RECEIVED, column)
                + table.cell(ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR, column);
        long expectedOut = in - table.cell(ApplicationRow.RESULT_TOTAL, column);
        long out = table.cell(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column);
        if (expectedOut != out) {
            findings.add(error(BALANCE, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column, expectedOut, out,
                    "第一项加第二项之和应等于第三项加第四项之和（" + column.label() + "）"));
        }
    }

    private static void cases(CaseTable table, List<Finding> findings) {
        for (CaseGroup group : CaseGroup.values()) {
            long sum = 0;
            for (CaseColumn column : CaseColumn.values()) {
                long value = table.cell(group, column);
                if (value < 0) {
                    findings.add(Finding.of(NON_NEGATIVE, Severity.ERROR, CASES, group.name(), column.name(), 0,
                            value, "数量不能为负数"));
                }
                if (column != CaseColumn.TOTAL) {
                    sum += value;
                }
            }
            long total = table.cell(group, CaseColumn.TOTAL);
            if (sum != total) {
                findings.add(Finding.of(CASE_TOTAL, Severity.ERROR, CASES, group.name(), CaseColumn.TOTAL.name(),
                        sum, total, group.label() + "：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"));
            }
        }
    }

    private static void proactive(ProactiveTable table, List<Finding> findings) {
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures figures = table.documents(kind);
            nonNegative(PROACTIVE, kind.name(), "ISSUED", figures.issued(), findings);
            nonNegative(PROACTIVE, kind.name(), "REPEALED", figures.repealed(), findings);
            nonNegative(PROACTIVE, kind.name(), "IN_FORCE", figures.inForce(), findings);
        }
        for (DecisionKind kind : DecisionKind.values()) {
            nonNegative(PROACTIVE, kind.name(), "DECISIONS", table.decisions(kind), findings);
        }
        if (table.administrativeFee10kYuan().signum() < 0) {
            findings.add(Finding.of(NON_NEGATIVE, Severity.ERROR, PROACTIVE, "ADMINISTRATIVE_FEE",
                    "AMOUNT_10K_YUAN", 0, -1, "收费金额不能为负数"));
        }
    }

    private static void continuity(ReportTables report, ReportTables lastYear, List<Finding> findings) {
        if (report.applications() != null && lastYear.applications() != null) {
            for (ApplicationColumn column : ApplicationColumn.values()) {
                long carriedOut = lastYear.applications().cell(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column);
                long carriedIn = report.applications().cell(ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR, column);
                if (carriedIn != carriedOut) {
                    findings.add(Finding.of(CARRY_OVER_CONTINUITY, Severity.WARNING, TABLE,
                            ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR.name(), column.name(), carriedOut, carriedIn,
                            "二、上年结转数应等于上年度报告四、结转下年度继续办理数（" + column.label() + "）"));
                }
            }
        }
        if (report.proactive() != null && lastYear.proactive() != null) {
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentFigures now = report.proactive().documents(kind);
                long expected = lastYear.proactive().documents(kind).inForce() + now.issued() - now.repealed();
                if (expected != now.inForce()) {
                    findings.add(Finding.of(IN_FORCE_CONTINUITY, Severity.WARNING, PROACTIVE, kind.name(),
                            "IN_FORCE", expected, now.inForce(), kind.label() + "：现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数"));
                }
            }
        }
    }

    private static void narrative(ReportTables report, List<Finding> findings) {
        report.narrative().forEach((section, text) -> {
            for (Quote quote : QUOTES) {
                Matcher matcher = quote.pattern().matcher(text);
                while (matcher.find()) {
                    Long cell = quote.cellIn(report);
                    long quoted = Long.parseLong(matcher.group(1));
                    if (cell != null && cell != quoted) {
                        findings.add(Finding.of(NARRATIVE_FIGURE, Severity.WARNING, quote.table(), quote.row(),
                                quote.column(), cell, quoted, "正文（" + section.heading() + "）称“"
                                + matcher.group() + "”，表格为" + cell));
                    }
                }
            }
        });
    }

    private static void nonNegative(String table, String row, String column, long value, List<Finding> findings) {
        if (value < 0) {
            findings.add(Finding.of(NON_NEGATIVE, Severity.ERROR, table, row, column, 0, value,
                    "数量不能为负数"));
        }
    }

    /** A figure quoted in prose, and where in the tables its true value stands ("LAWSUIT": both lawsuit blocks). */
    private record Quote(Pattern pattern, String table, String row, String column) {

        Long cellIn(ReportTables report) {
            if (TABLE.equals(table)) {
                return report.applications() == null ? null
                        : report.applications().cell(ApplicationRow.valueOf(row), ApplicationColumn.valueOf(column));
            }
            if (report.cases() == null) {
                return null;
            }
            if ("LAWSUIT".equals(row)) {
                return report.cases().cell(CaseGroup.LAWSUIT_DIRECT, CaseColumn.TOTAL)
                        + report.cases().cell(CaseGroup.LAWSUIT_AFTER_REVIEW, CaseColumn.TOTAL);
            }
            return report.cases().cell(CaseGroup.valueOf(row), CaseColumn.valueOf(column));
        }
    }

    private static Finding error(String rule, ApplicationRow row, ApplicationColumn column, long expected,
                                 long actual, String message) {
        return Finding.of(rule, Severity.ERROR, TABLE, row.name(), column.name(), expected, actual, message);
    }
}
