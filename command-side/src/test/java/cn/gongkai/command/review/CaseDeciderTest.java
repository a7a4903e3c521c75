package cn.gongkai.command.review;

import cn.gongkai.command.rules.DeciderSpec;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** A lawsuit, without Axon: filed with its facts once, concluded once, not before its filing. */
class CaseDeciderTest {

    static final OrganId ORGAN = OrganId.of("organ-1");
    static final CaseId CASE = CaseId.of("SS-2025-01");
    static final LocalDate FILED = LocalDate.of(2025, 5, 12);
    static final LawsuitFiled LAWSUIT_FILED = new LawsuitFiled(ORGAN, CASE, FILED, true, null);

    final DeciderSpec<CaseCommand, CaseState, CaseEvent> spec =
            DeciderSpec.of(CaseDecider.INSTANCE, LocalDate.of(2025, 9, 1));

    @Test
    void a_lawsuit_filed_again_with_other_facts_conflicts() {
        spec.given(LAWSUIT_FILED).when(new FileLawsuit(ORGAN, CASE, FILED, false, null))
                .thenRefused("CONFLICTING_FILING", true, "lawsuit:organ-1/SS-2025-01 was already filed with "
                        + "different facts: " + LAWSUIT_FILED);
    }

    @Test
    void a_lawsuit_concludes_once_and_not_before_its_filing() {
        spec.given(LAWSUIT_FILED).when(new ConcludeLawsuit(ORGAN, CASE, FILED.plusDays(90), CaseResult.UPHELD))
                .then(new LawsuitConcluded(ORGAN, CASE, FILED.plusDays(90), CaseResult.UPHELD));
        spec.given(LAWSUIT_FILED).when(new ConcludeLawsuit(ORGAN, CASE, FILED.minusDays(1), CaseResult.UPHELD))
                .thenRefused("DATE_ORDER", false, "lawsuit:organ-1/SS-2025-01 cannot be dated 2025-05-11, before "
                        + "its filing on 2025-05-12");
    }
}
