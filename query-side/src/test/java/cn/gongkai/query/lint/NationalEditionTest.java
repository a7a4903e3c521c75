package cn.gongkai.query.lint;

import cn.gongkai.events.report.ApplicationRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A published report's national format, told by the labels its tables print. */
class NationalEditionTest {

    static final List<String> TABLE_THREE_2021 = List.of("（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0", "3.其他", "0");
    static final List<String> TABLE_THREE_2019 = List.of("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", "0",
            "（六）其他处理", "0", "（七）总计", "0");

    @Test
    void given_the_2021_columns_of_table_two_when_told_then_2021() {
        List<String> proactive = List.of("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");

        assertThat(NationalEdition.of(proactive, TABLE_THREE_2021)).isEqualTo(NationalEdition.FORMAT_2021);
    }

    @Test
    void given_the_2019_columns_with_an_offices_note_in_brackets_when_told_then_2019() {
        List<String> proactive = List.of("信息内容", "采购项目数量", "采购总金额（万元，保留四位小数）");

        assertThat(NationalEdition.of(proactive, TABLE_THREE_2019)).isEqualTo(NationalEdition.FORMAT_2019);
        assertThat(NationalEdition.of(List.of("上一年项目数量（指2019年事项数）"), List.of()))
                .isEqualTo(NationalEdition.FORMAT_2019);
    }

    @Test
    void given_no_table_two_when_told_then_table_three_s_single_other_row_says_2019() {
        assertThat(NationalEdition.of(List.of(), TABLE_THREE_2019)).isEqualTo(NationalEdition.FORMAT_2019);
        assertThat(NationalEdition.of(List.of(), TABLE_THREE_2021)).isEqualTo(NationalEdition.FORMAT_2021);
    }

    @Test
    void given_prose_that_starts_with_a_2019_label_in_a_2021_report_when_told_then_still_2021() {
        List<String> proactive = List.of("政府集中采购项目12个，均已公开。", "本年制发件数");

        assertThat(NationalEdition.of(proactive, TABLE_THREE_2021)).isEqualTo(NationalEdition.FORMAT_2021);
    }

    @Test
    void given_labels_of_both_formats_when_told_then_refused_naming_both_notices() {
        List<String> proactive = List.of("本年处理决定数量", "本年新制作数量");

        assertThatThrownBy(() -> NationalEdition.of(proactive, TABLE_THREE_2021))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("国办公开办函〔2021〕30号").hasMessageContaining("国办公开办函〔2019〕60号");
    }

    @Test
    void given_the_2019_format_then_table_three_has_no_numbered_items_under_six_and_names_it_as_printed() {
        assertThat(NationalEdition.FORMAT_2019.applicationRows()).hasSize(NationalEdition.FORMAT_2021.applicationRows()
                .size() - 2);
        assertThat(NationalEdition.FORMAT_2019.rowLabel(ApplicationRow.OTHER))
                .isEqualTo("（六）其他处理");
        assertThat(NationalEdition.FORMAT_2021.rowLabel(ApplicationRow.OTHER))
                .isEqualTo("（六）其他处理 3.其他");
    }
}
