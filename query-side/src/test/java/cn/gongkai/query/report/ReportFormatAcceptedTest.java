package cn.gongkai.query.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatAcceptedTest {

    @Test
    void given_no_accept_or_anything_when_a_report_is_asked_for_then_json() {
        assertThat(ReportController.formatAccepted(null)).isEqualTo("json");
        assertThat(ReportController.formatAccepted("*/*")).isEqualTo("json");
        assertThat(ReportController.formatAccepted("application/json")).isEqualTo("json");
    }

    @Test
    void given_a_renderings_media_type_when_a_report_is_asked_for_then_that_rendering() {
        assertThat(ReportController.formatAccepted("text/plain")).isEqualTo("txt");
        assertThat(ReportController.formatAccepted("text/csv; charset=UTF-8")).isEqualTo("csv");
        assertThat(ReportController.formatAccepted(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isEqualTo("xlsx");
        // A browser: HTML first, anything else at a lower quality.
        assertThat(ReportController.formatAccepted(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEqualTo("html");
        assertThat(ReportController.formatAccepted("text/plain;q=0.5, text/csv")).isEqualTo("csv");
    }

    @Test
    void given_only_media_types_the_report_is_not_rendered_in_when_asked_for_then_refused_naming_the_formats() {
        assertThatThrownBy(() -> ReportController.formatAccepted("application/pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text/csv");
        assertThatThrownBy(() -> ReportController.formatAccepted("not a type"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("media types");
        assertThatThrownBy(() -> ReportController.formatAccepted("text/plain;q=0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
