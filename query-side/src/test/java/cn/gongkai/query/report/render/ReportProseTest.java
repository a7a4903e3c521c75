package cn.gongkai.query.report.render;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.CaseTable;
import cn.gongkai.events.report.ProactiveTable;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.report.ReportSnapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportProseTest {

    @Test
    void given_an_overview_without_an_opening_when_rendered_then_the_default_names_the_law_and_the_period() {
        ReportSnapshot report = report("2025年，本机关……");

        assertThat(NationalFormat.opening(report)).isEqualTo("根据《中华人民共和国政府信息公开条例》规定，发布本年度报告。"
                + "报告中所列数据统计期限为2025年1月1日至12月31日。");
        assertThat(NationalFormat.narrative(report, NarrativeSection.OVERVIEW)).isEqualTo("2025年，本机关……");
    }

    @Test
    void given_an_overview_opening_with_its_own_legal_basis_when_rendered_then_that_is_the_opening_printed_once() {
        String own = "根据《中华人民共和国政府信息公开条例》《河北省实施〈中华人民共和国政府信息公开条例〉办法》等规定，发布本年度报告。";
        ReportSnapshot report = report(own + "\n2025年，本机关……");

        assertThat(NationalFormat.opening(report)).isEqualTo(own);
        assertThat(NationalFormat.narrative(report, NarrativeSection.OVERVIEW)).isEqualTo("2025年，本机关……");
        assertThat(TextRendering.render(report).split(java.util.regex.Pattern.quote("河北省实施"), -1)).hasSize(2);
    }

    @Test
    void given_a_sixth_section_that_speaks_of_fees_when_rendered_then_the_automatic_fee_sentence_is_left_out() {
        assertThat(NationalFormat.feeSentence(report("2025年，本机关……"))).hasValueSatisfying(sentence ->
                assertThat(sentence).startsWith("信息处理费：发出收费通知0件"));
        ReportSnapshot own = report("2025年，本机关……", "本年度未收取信息处理费。");
        assertThat(NationalFormat.feeSentence(own)).isEmpty();
        assertThat(TextRendering.render(own)).contains("本年度未收取信息处理费。").doesNotContain("发出收费通知");
    }

    private static ReportSnapshot report(String overview) {
        return report(overview, null);
    }

    private static ReportSnapshot report(String overview, String otherMatters) {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        narrative.put(NarrativeSection.OVERVIEW, overview);
        if (otherMatters != null) {
            narrative.put(NarrativeSection.OTHER_MATTERS, otherMatters);
        }
        ReportTables tables = new ReportTables(ApplicationsTable.builder().build(),
                new ProactiveTable(Map.of(), Map.of(), BigDecimal.ZERO), CaseTable.builder().build(),
                narrative);
        return new ReportSnapshot(new Organ("o", "某县人民政府办公室", null), ReportingYear.of(2025), Scope.SELF,
                List.of("o"), 0, null, "", CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END, tables,
                ProcessingFees.NONE, List.of());
    }
}
