package cn.gongkai.command.register;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final String HEADINGS = "编号,申请人类型,申请人,收到申请日期,补正通知日期,补正日期,答复日期,办理结果\n";

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void given_the_templates_wording_of_an_outcome_when_read_then_it_is_that_outcome(Outcome outcome) {
        assertThat(RegisterMapping.DEFAULT.wordings().outcome(Wordings.nationalWording(outcome))).hasValue(outcome);
        assertThat(RegisterMapping.DEFAULT.wordings().outcome(outcome.label())).hasValue(outcome);
    }

    @ParameterizedTest
    @CsvSource({"同意公开,DISCLOSED", "（一）予以公开,DISCLOSED", "部分公开（区分处理）,PARTIALLY_DISCLOSED",
            "不予公开-1.属于国家秘密,WITHHELD_STATE_SECRET", "不予公开：危及“三安全一稳定”,WITHHELD_SECURITY_STABILITY",
            "信息不存在,UNAVAILABLE_NOT_HELD", "不予处理—重复申请,NOT_PROCESSED_REPEATED", "视为放弃申请,OTHER_NO_CORRECTION",
            "申请人撤回,OTHER", "其他处理—其他,OTHER"})
    void given_a_common_variant_when_read_then_it_is_the_national_outcome(String words, Outcome outcome) {
        assertThat(RegisterMapping.DEFAULT.wordings().outcome(words)).hasValue(outcome);
    }

    @Test
    void given_an_organs_own_words_in_its_mapping_when_read_then_they_are_known_beside_the_national_ones() {
        Wordings wordings = new RegisterMapping(Map.of(), Map.of("已答复提供", Outcome.DISCLOSED),
                Map.of("社会团体", ApplicantType.PUBLIC_WELFARE_ORGANIZATION)).wordings();

        assertThat(wordings.outcome("已答复提供")).hasValue(Outcome.DISCLOSED);
        assertThat(wordings.outcome("予以公开")).hasValue(Outcome.DISCLOSED);
        assertThat(wordings.applicantType("社会团体")).hasValue(ApplicantType.PUBLIC_WELFARE_ORGANIZATION);
        assertThat(wordings.outcome("莫名其妙")).isEmpty();
    }

    @Test
    void given_a_sound_row_when_checked_then_it_is_an_entry_with_its_dates_and_codes() {
        List<RegisterRows.Checked> checked = check("2025-001,公民,张三,2025/3/3,2025年3月5日,20250310,2025-03-20,"
                + "部分公开\n");

        assertThat(checked.get(0).problems()).isEmpty();
        RegisterEntry entry = checked.get(0).entry().orElseThrow();
        assertThat(entry.applicationId().value()).isEqualTo("2025-001");
        assertThat(entry.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
        assertThat(entry.receivedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(entry.correctionRequestedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(entry.correctedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(entry.outcome()).isEqualTo(Outcome.PARTIALLY_DISCLOSED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,自然人,,2025-02-30,,,,|D|BAD_DATE|“2025-02-30”不是日期",
            "1,自然人,,2025-03-03,,,2025-03-01,予以公开|G|DECIDED_BEFORE_RECEIPT|答复日期2025-03-01早于收到申请日期2025-03-03",
            "1,自然人,,2025-03-03,,,2025-03-20,逾期不补正|H|NO_CORRECTION_WITHOUT_NOTICE|没有补正通知日期",
            "1,自然人,,2025-03-03,2025-03-05,,2025-03-20,予以公开|H|CORRECTION_PENDING|只能以“逾期不补正”或“其他”办结",
            "1,自然人,,2025-03-03,,,2025-03-20,莫名其妙|H|UNKNOWN_OUTCOME|无法识别“莫名其妙”",
            "1,外星人,,2025-03-03,,,,|B|UNKNOWN_APPLICANT_TYPE|无法识别“外星人”",
            "1,自然人,,2025-03-03,,2025-03-04,,|F|CORRECTION_WITHOUT_NOTICE|没有补正通知日期",
            "1,自然人,,2025-03-03,,,2026-02-01,予以公开|G|FUTURE_DATE|晚于今天",
            "1,自然人,,2025-03-03,,,,予以公开|G|OUTCOME_WITHOUT_DECISION_DATE|没有答复日期",
            ",自然人,,2025-03-03,,,,|A|MISSING_NUMBER|缺少编号"})
    void given_a_row_that_cannot_be_true_when_checked_then_its_one_problem_names_row_column_and_rule(
            String row, String column, String rule, String words) {
        RegisterRows.Checked checked = check(row + "\n").get(0);

        assertThat(checked.entry()).isEmpty();
        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.rule()).isEqualTo(rule);
            assertThat(problem.message()).startsWith("第2行" + column + "列（").contains(words);
        });
    }

    @Test
    void given_the_same_number_twice_when_checked_then_the_second_row_is_named_with_the_first() {
        List<RegisterRows.Checked> checked = check("A-1,自然人,,2025-03-03,,,,\nA-1,企业,,2025-03-04,,,,\n");

        assertThat(checked.get(0).problems()).isEmpty();
        assertThat(checked.get(1).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("与第2行相同"));
    }

    @Test
    void given_a_title_above_the_headings_and_the_templates_example_row_when_laid_out_then_both_are_passed_over() {
        RegisterSheet sheet = RegisterFiles.read(("某局台账\n" + HEADINGS + "示例,自然人,,2025-01-13,,,,\n"
                + "B-1,自然人,,2025-01-14,,,,\n").getBytes(StandardCharsets.UTF_8), RegisterFormat.CSV, 100);

        RegisterLayout layout = RegisterLayout.of(sheet, RegisterMapping.DEFAULT);

        assertThat(layout.headingRow()).isEqualTo(2);
        assertThat(layout.applicationRows(sheet)).extracting(RegisterSheet.Row::number).containsExactly(4);
    }

    @Test
    void given_a_register_without_a_required_column_when_laid_out_then_it_is_refused_naming_the_column() {
        RegisterSheet sheet = RegisterFiles.read("编号,申请人类型,收到申请日期,答复日期\n".getBytes(StandardCharsets.UTF_8),
                RegisterFormat.CSV, 100);

        assertThatThrownBy(() -> RegisterLayout.of(sheet, RegisterMapping.DEFAULT))
                .isInstanceOf(UnreadableRegister.class).hasMessageContaining("办理结果");
    }

    @Test
    void given_a_csv_saved_by_excel_on_a_chinese_windows_when_read_then_its_gb18030_text_is_read() {
        byte[] gb = (HEADINGS + "C-1,自然人,,2025-01-14,,,,\n").getBytes(java.nio.charset.Charset.forName("GB18030"));

        RegisterSheet sheet = RegisterFiles.read(gb, RegisterFormat.CSV, 100);

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("申请人类型");
    }

    private static List<RegisterRows.Checked> check(String rows) {
        RegisterSheet sheet = RegisterFiles.read((HEADINGS + rows).getBytes(StandardCharsets.UTF_8),
                RegisterFormat.CSV, 100);
        RegisterLayout layout = RegisterLayout.of(sheet, RegisterMapping.DEFAULT);
        return new RegisterRows(layout, RegisterMapping.DEFAULT.wordings(), TODAY).check(layout.applicationRows(sheet));
    }
}
