package cn.gongkai.command.application;

import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.CaseCounting;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.CaseFact;
import cn.gongkai.events.report.DocumentFact;
import cn.gongkai.events.report.ProactiveCounting;
import cn.gongkai.events.report.StockFact;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many random lawful histories: commands in random order, some refused, are folded by the decider into each
 * application's facts, beside random cases and documents; every year's report tallied from them must break no
 * consistency rule, and each year must continue exactly from the last (carry-over, documents in force).
 */
class GeneratedHistoriesTest {

    static final OrganId ORGAN = OrganId.of("generated");
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void every_year_of_a_random_lawful_history_is_consistent(long seed) {
        Random random = new Random(seed);
        List<ApplicationFact> facts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            facts.add(factOf(history(random, ApplicationId.of("A-" + i))));
        }

        List<CaseFact> cases = cases(random);
        List<DocumentFact> documents = documents(random);
        List<StockFact> openingBalance = List.of(new StockFact(DocumentKind.NORMATIVE_DOCUMENT,
                FIRST_DAY.minusDays(1), 40));

        ReportTables lastYear = null;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            ReportingYear reportingYear = ReportingYear.of(year);
            ReportTables report = new ReportTables(ApplicationCounting.tally(reportingYear, facts),
                    ProactiveCounting.tally(reportingYear, documents, openingBalance, List.of(), List.of()),
                    CaseCounting.tally(reportingYear, CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END,
                            cases), Map.of());
            List<Finding> findings = ConsistencyRules.check(report, lastYear);

            assertThat(findings).as("year %d of seed %d", year, seed).isEmpty();
            lastYear = report;
        }
    }

    /** Cases filed on random days, some concluded later with a random result, some reviews taken to court. */
    static List<CaseFact> cases(Random random) {
        List<CaseFact> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            CaseKind kind = random.nextBoolean() ? CaseKind.REVIEW : CaseKind.LAWSUIT;
            LocalDate filed = FIRST_DAY.plusDays(random.nextInt(5 * 365));
            boolean concluded = random.nextInt(4) > 0;
            cases.add(new CaseFact(kind, kind == CaseKind.LAWSUIT && random.nextBoolean(), filed,
                    concluded ? filed.plusDays(random.nextInt(400)) : null,
                    concluded ? CaseResult.values()[random.nextInt(CaseResult.values().length)] : null));
        }
        return cases;
    }

    /** Documents issued on random days, some repealed later; some repealed from the opening stock. */
    static List<DocumentFact> documents(Random random) {
        List<DocumentFact> documents = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            LocalDate issued = i % 10 == 0 ? null : FIRST_DAY.plusDays(random.nextInt(5 * 365));
            LocalDate from = issued == null ? FIRST_DAY : issued;
            LocalDate repealed = random.nextInt(3) == 0 ? from.plusDays(random.nextInt(700)) : null;
            documents.add(new DocumentFact(DocumentKind.NORMATIVE_DOCUMENT, issued, repealed));
        }
        return documents;
    }

    /** Random commands for one application, kept only where the decider accepts them: a lawful history. */
    static ApplicationState history(Random random, ApplicationId id) {
        LocalDate received = FIRST_DAY.plusDays(random.nextInt(5 * 365 - 10));
        ApplicationState state = ApplicationState.NOT_RECEIVED;
        ApplicantType type = ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
        state = apply(state, new RecordReceipt(ORGAN, id, type, received, null, null));
        LocalDate day = received;
        int steps = random.nextInt(6);
        for (int step = 0; step < steps; step++) {
            day = day.plusDays(1 + random.nextInt(40));
            state = apply(state, randomCommand(random, id, day));
        }
        if (random.nextInt(5) > 0) {
            day = day.plusDays(random.nextInt(60));
            Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            state = apply(state, new RecordDecision(ORGAN, id, day, outcome));
        }
        return state;
    }

    static ApplicationCommand randomCommand(Random random, ApplicationId id, LocalDate day) {
        return switch (random.nextInt(7)) {
            case 0 -> new RequestCorrection(ORGAN, id, day);
            case 1 -> new RecordCorrection(ORGAN, id, day);
            case 2 -> new ExtendDeadline(ORGAN, id, day, 1 + random.nextInt(25));
            case 3 -> new StartConsultation(ORGAN, id, day);
            case 4 -> new EndConsultation(ORGAN, id, day);
            case 5 -> new CorrectApplicantType(ORGAN, id,
                    ApplicantType.values()[random.nextInt(ApplicantType.values().length)], day);
            default -> new RecordDecision(ORGAN, id, day, Outcome.values()[random.nextInt(Outcome.values().length)]);
        };
    }

    static ApplicationState apply(ApplicationState state, ApplicationCommand command) {
        try {
            List<ApplicationEvent> events = ApplicationDecider.INSTANCE.decide(command, state, TODAY);
            for (ApplicationEvent event : events) {
                state = ApplicationDecider.INSTANCE.evolve(state, event);
            }
        } catch (RuleViolation refused) {
            // an unlawful step is refused and leaves the history as it was, as it would in the service
        }
        return state;
    }

    static ApplicationFact factOf(ApplicationState state) {
        ApplicationHistory history = state.history();
        return state instanceof ApplicationState.Decided decided
                ? new ApplicationFact(history.applicantType(), history.receipt().receivedOn(),
                decided.decision().decidedOn(), decided.decision().outcome())
                : ApplicationFact.open(history.applicantType(), history.receipt().receivedOn());
    }
}
