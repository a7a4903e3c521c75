package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DocumentKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The consistency rules judge any report, published ones included. */
class ConsistencyRulesTest {

    /** Table 三 as the Julu county government office published it for 2025, wrong 总计 cells and all. */
    static ApplicationsTable juluAsPublished() {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        row(table, ApplicationRow.RECEIVED, 13, 1, 0, 0, 2, 0, 16);
        row(table, ApplicationRow.DISCLOSED, 10, 1, 0, 0, 2, 0, 13);
        row(table, ApplicationRow.PARTIALLY_DISCLOSED, 2, 0, 0, 0, 0, 0, 0);
        row(table, ApplicationRow.NOT_PROCESSED_REPEATED, 1, 0, 0, 0, 0, 0, 0);
        row(table, ApplicationRow.RESULT_TOTAL, 13, 1, 0, 0, 2, 0, 16);
        return table.build();
    }

    static void row(ApplicationsTable.Builder table, ApplicationRow row, long... values) {
        ApplicationColumn[] columns = ApplicationColumn.values();
        for (int i = 0; i < values.length; i++) {
            table.set(row, columns[i], values[i]);
        }
    }

    @Test
    void the_julu_table_as_published_breaks_exactly_its_two_wrong_total_cells() {
        List<Finding> findings = ConsistencyRules.check(juluAsPublished());

        assertThat(findings).extracting(Finding::row, Finding::column, Finding::expected, Finding::actual)
                .containsExactly(
                        tuple("PARTIALLY_DISCLOSED", "TOTAL", 2L, 0L),
                        tuple("NOT_PROCESSED_REPEATED", "TOTAL", 1L, 0L));
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR
                && f.rule().equals(ConsistencyRules.ROW_TOTAL));
    }

    @Test
    void an_unbalanced_column_is_named_with_the_carry_over_it_implies() {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        row(table, ApplicationRow.RECEIVED, 5, 0, 0, 0, 0, 0, 5);
        row(table, ApplicationRow.DISCLOSED, 3, 0, 0, 0, 0, 0, 3);
        row(table, ApplicationRow.RESULT_TOTAL, 3, 0, 0, 0, 0, 0, 3);
        row(table, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1);

        List<Finding> findings = ConsistencyRules.check(table.build());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConsistencyRules.BALANCE);
            assertThat(f.column()).isEqualTo("NATURAL_PERSON");
            assertThat(f.expected()).isEqualTo(2);
            assertThat(f.actual()).isEqualTo(1);
        });
    }

    @Test
    void a_case_block_whose_total_is_not_its_sum_is_an_error() {
        CaseTable cases = CaseTable.builder().set(CaseGroup.REVIEW, CaseColumn.UPHELD, 1)
                .set(CaseGroup.REVIEW, CaseColumn.PENDING, 1).set(CaseGroup.REVIEW, CaseColumn.TOTAL, 1).build();

        List<Finding> findings = ConsistencyRules.check(new ReportTables(null, null, cases, Map.of()), null);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConsistencyRules.CASE_TOTAL);
            assertThat(f.row()).isEqualTo("REVIEW");
            assertThat(f.expected()).isEqualTo(2);
        });
    }

    @Test
    void figures_quoted_in_the_narrative_are_checked_against_the_tables_as_warnings() {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        row(table, ApplicationRow.RECEIVED, 15, 0, 0, 0, 0, 0, 15);
        row(table, ApplicationRow.DISCLOSED, 15, 0, 0, 0, 0, 0, 15);
        row(table, ApplicationRow.RESULT_TOTAL, 15, 0, 0, 0, 0, 0, 15);
        CaseTable cases = CaseTable.builder().set(CaseGroup.REVIEW, CaseColumn.UPHELD, 1)
                .set(CaseGroup.REVIEW, CaseColumn.TOTAL, 1).build();
        String overview = "全年受理向县政府提出的信息公开申请16件，办复率100%；办理行政复议1件，行政诉讼0件。";

        List<Finding> findings = ConsistencyRules.check(new ReportTables(table.build(), null, cases,
                Map.of(NarrativeSection.OVERVIEW, overview)), null);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConsistencyRules.NARRATIVE_FIGURE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.row()).isEqualTo("RECEIVED");
            assertThat(f.expected()).isEqualTo(15);
            assertThat(f.actual()).isEqualTo(16);
        });
    }

    @Test
    void carry_over_and_documents_in_force_continue_from_last_year_or_warn() {
        ApplicationsTable.Builder lastYear = ApplicationsTable.builder();
        row(lastYear, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, 2, 0, 0, 0, 0, 0, 2);
        ApplicationsTable.Builder thisYear = ApplicationsTable.builder();
        row(thisYear, ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR, 1, 0, 0, 0, 0, 0, 1);
        row(thisYear, ApplicationRow.DISCLOSED, 1, 0, 0, 0, 0, 0, 1);
        row(thisYear, ApplicationRow.RESULT_TOTAL, 1, 0, 0, 0, 0, 0, 1);
        ProactiveTable before = proactive(0, 0, 68);
        ProactiveTable after = proactive(19, 0, 86);

        List<Finding> findings = ConsistencyRules.check(
                new ReportTables(thisYear.build(), after, null, Map.of()),
                new ReportTables(lastYear.build(), before, null, Map.of()));

        assertThat(findings).extracting(Finding::rule, Finding::column).containsExactlyInAnyOrder(
                tuple(ConsistencyRules.CARRY_OVER_CONTINUITY, "NATURAL_PERSON"),
                tuple(ConsistencyRules.CARRY_OVER_CONTINUITY, "TOTAL"),
                tuple(ConsistencyRules.IN_FORCE_CONTINUITY, "IN_FORCE"));
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
    }

    static ProactiveTable proactive(long issued, long repealed, long inForce) {
        return new ProactiveTable(Map.of(DocumentKind.NORMATIVE_DOCUMENT,
                new DocumentFigures(issued, repealed, inForce)), Map.of(), BigDecimal.ZERO);
    }

    @Test
    void a_consistent_table_has_no_findings() {
        ApplicationsTable table = ApplicationCounting.tally(ReportingYear.of(2025), List.of(
                ApplicationFact.open(ApplicantType.RESEARCH_INSTITUTION, LocalDate.parse("2025-05-05"))));

        assertThat(ConsistencyRules.check(table)).isEmpty();
    }

    @Test
    void given_back_dated_decisions_of_carried_over_applications_when_judged_then_one_warning_per_column_in_order() {
        List<CarryOverContradiction> found = List.of(
                new CarryOverContradiction("b-office", "A-2", ApplicantType.NATURAL_PERSON, LocalDate.of(2024, 12, 30)),
                new CarryOverContradiction("x-office", "C-1", ApplicantType.COMMERCIAL_ENTERPRISE,
                        LocalDate.of(2024, 11, 2)),
                new CarryOverContradiction("a-office", "A-9", ApplicantType.NATURAL_PERSON, LocalDate.of(2024, 12, 31)));

        List<Finding> findings = ConsistencyRules.carryOverContradictions(ReportingYear.of(2024), found);

        assertThat(findings).extracting(Finding::rule, Finding::row, Finding::column, Finding::actual)
                .containsExactly(
                        tuple(ConsistencyRules.CARRY_OVER_CONTRADICTED, "CARRIED_OVER_TO_NEXT_YEAR", "NATURAL_PERSON", 2L),
                        tuple(ConsistencyRules.CARRY_OVER_CONTRADICTED, "CARRIED_OVER_TO_NEXT_YEAR",
                                "COMMERCIAL_ENTERPRISE", 1L));
        assertThat(findings.get(0).message()).endsWith("a-office/A-9 办结于 2024-12-31，b-office/A-2 办结于 2024-12-30");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void given_a_report_with_only_its_overview_written_when_its_prose_is_judged_then_five_and_six_are_warned_of() {
        List<Finding> findings = ConsistencyRules.narrativeWritten(Map.of(
                cn.gongkai.events.narrative.NarrativeSection.OVERVIEW, "2025年，……",
                cn.gongkai.events.narrative.NarrativeSection.OTHER_MATTERS, "  "));

        assertThat(findings).extracting(Finding::row, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PROBLEMS_AND_IMPROVEMENTS", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("OTHER_MATTERS", Severity.WARNING));
        assertThat(findings.get(0).rowLabel()).isEqualTo("五、存在的主要问题及改进情况");
        assertThat(findings.get(0).message()).contains("尚未撰写");
    }
}
