package cn.gongkai.events.report;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applications that count alike in table 三 of every year: same category, received in the same year, decided in the
 * same year with the same outcome (or all still open). The counting rules look at no finer date than the year, so a
 * report tallied from groups equals one tallied application by application.
 *
 * @param decidedYear  null while open
 * @param outcome      null while open
 * @param applications how many applications the group holds
 */
public record ApplicationGroup(ApplicantType applicantType, int receivedYear, Integer decidedYear, Outcome outcome,
                               long applications) {

    public ApplicationGroup {
        Objects.requireNonNull(applicantType, "applicantType");
        if ((decidedYear == null) != (outcome == null)) {
            throw new IllegalArgumentException("decidedYear and outcome go together");
        }
    }

    /** The group one application belongs to. */
    public static ApplicationGroup of(ApplicationFact fact) {
        return new ApplicationGroup(fact.applicantType(), fact.receivedOn().getYear(),
                fact.decidedOn() == null ? null : fact.decidedOn().getYear(), fact.outcome(), 1);
    }

    /** The applications in groups that count alike, in the order each group is first met. */
    public static List<ApplicationGroup> countAlike(Iterable<ApplicationFact> facts) {
        Map<ApplicationGroup, Long> counts = new LinkedHashMap<>();
        for (ApplicationFact fact : facts) {
            counts.merge(of(fact), 1L, Long::sum);
        }
        List<ApplicationGroup> groups = new ArrayList<>(counts.size());
        counts.forEach((group, applications) -> groups.add(new ApplicationGroup(group.applicantType(),
                group.receivedYear(), group.decidedYear(), group.outcome(), applications)));
        return groups;
    }

    /** An application that counts as each of the group's does: received and decided on the first day of its years. */
    public ApplicationFact representative() {
        return new ApplicationFact(applicantType, LocalDate.of(receivedYear, 1, 1),
                decidedYear == null ? null : LocalDate.of(decidedYear, 1, 1), outcome);
    }
}
