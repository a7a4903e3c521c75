package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.DeciderSpec;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.organ.OrganId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** A section of the report's prose, without Axon: the latest text counts; the same text again changes nothing. */
class NarrativeDeciderTest {

    static final OrganId ORGAN = OrganId.of("organ-1");
    static final ReportingYear Y2025 = ReportingYear.of(2025);

    final DeciderSpec<WriteNarrative, String, NarrativeWritten> spec =
            DeciderSpec.of(NarrativeDecider.INSTANCE, LocalDate.of(2026, 1, 20));

    @Test
    void a_section_rewritten_and_written_back_records_each_change() {
        NarrativeWritten first = new NarrativeWritten(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。");
        NarrativeWritten second = new NarrativeWritten(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请17件。");
        spec.given(first, second).when(new WriteNarrative(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请17件。"))
                .thenNothing();
        spec.given(first, second).when(new WriteNarrative(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。"))
                .then(first);
    }

    @Test
    void a_section_of_a_year_not_begun_is_refused() {
        spec.givenNoEvents().when(new WriteNarrative(ORGAN, ReportingYear.of(2027), NarrativeSection.OVERVIEW, "…"))
                .thenRefused("FUTURE_DATE", false, "narrative:organ-1/2027/OVERVIEW cannot be dated 2027-01-01, "
                        + "after today (2026-01-20, Asia/Shanghai)");
    }
}
