package cn.gongkai.query.report.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 4180 both ways: what the CSV rendering writes, the linter reads back field for field. */
class CsvTest {

    @Test
    void given_fields_with_commas_quotes_and_breaks_when_written_and_read_back_then_they_are_the_same_fields() {
        List<List<String>> records = List.of(List.of("table", "row", "column", "label", "value"),
                List.of("applications", "RECEIVED", "TOTAL", "一、收到申请数｜总计", "3"),
                List.of("a,b", "say \"yes\"", "two\r\nlines", "", " padded "));

        String text = Csv.write(records);

        assertThat(text).startsWith("table,row,column,label,value\r\n")
                .contains("\"a,b\",\"say \"\"yes\"\"\",\"two\r\nlines\"").endsWith("\r\n");
        assertThat(Csv.parse(text)).isEqualTo(records);
    }

    @Test
    void given_a_byte_order_mark_and_blank_lines_when_read_then_they_are_skipped() {
        assertThat(Csv.parse("\uFEFFa,b\n\n  \r\nc,d\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void given_a_quote_left_open_when_read_then_it_is_refused_saying_why() {
        assertThatThrownBy(() -> Csv.parse("table,row\n\"unterminated"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the CSV cannot be read as RFC 4180")
                .hasMessageContaining("EOF");
    }
}
