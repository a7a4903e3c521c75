package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random histories of one organ with events of every kind the books fold, for property tests. */
final class GeneratedHistory {

    static final OrganId ORGAN = new OrganId("county-office");

    private GeneratedHistory() {
    }

    /** Events of every kind the books fold, over a few applications, cases and documents so that they meet. */
    static List<AuditedEvent> events(Random random, int size) {
        List<AuditedEvent> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ApplicationId application = new ApplicationId("A-" + random.nextInt(size / 3 + 1));
            CaseId legalCase = new CaseId("K-" + random.nextInt(10));
            DocumentId document = new DocumentId("D-" + random.nextInt(10));
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
            BigDecimal amount = new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4));
            Object data = switch (random.nextInt(16)) {
                case 0, 1, 2 -> new ApplicationReceived(ORGAN, application, pick(random, ApplicantType.values()), day,
                        Channel.IN_PERSON, null);
                case 3 -> new ApplicantTypeCorrected(ORGAN, application, pick(random, ApplicantType.values()), day);
                case 4, 5 -> new ApplicationDecided(ORGAN, application, day, pick(random, Outcome.values()));
                case 6 -> new ApplicationCarriedOver(ORGAN, application, ReportingYear.of(2024 + random.nextInt(3)));
                case 7 -> new ProcessingFeeCharged(ORGAN, application, day, amount);
                case 8 -> new ProcessingFeePaid(ORGAN, application, day, amount);
                case 9 -> random.nextBoolean() ? new ReviewFiled(ORGAN, legalCase, day, application)
                        : new LawsuitFiled(ORGAN, legalCase, day, random.nextBoolean(), application);
                case 10 -> random.nextBoolean() ? new ReviewConcluded(ORGAN, legalCase, day,
                        pick(random, CaseResult.values()))
                        : new LawsuitConcluded(ORGAN, legalCase, day, pick(random, CaseResult.values()));
                case 11 -> new DocumentIssued(ORGAN, document, pick(random, DocumentKind.values()), day);
                case 12 -> new DocumentRepealed(ORGAN, document, pick(random, DocumentKind.values()), day);
                case 13 -> new DocumentStockDeclared(ORGAN, pick(random, DocumentKind.values()), random.nextInt(50),
                        day);
                case 14 -> random.nextBoolean() ? new DecisionsRecorded(ORGAN, pick(random, DecisionKind.values()),
                        day, 1 + random.nextInt(9)) : new FeeCollected(ORGAN, day, amount);
                default -> new NarrativeWritten(ORGAN, ReportingYear.of(2024 + random.nextInt(3)),
                        pick(random, NarrativeSection.values()), "第" + i + "段".repeat(random.nextInt(3) + 1));
            };
            events.add(new AuditedEvent(i, "e-" + i, "t", Instant.ofEpochSecond(1_700_000_000L + i), "/s", "c-" + i,
                    data));
        }
        return events;
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
