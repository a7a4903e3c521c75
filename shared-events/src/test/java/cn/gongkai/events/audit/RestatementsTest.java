package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gongkai.events.audit.GeneratedHistory.ORGAN;
import static org.assertj.core.api.Assertions.assertThat;

class RestatementsTest {

    private static final ReportingYear YEAR = ReportingYear.of(2025);
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    @Test
    void given_a_carried_over_application_and_a_pending_lawsuit_when_both_end_then_the_cells_they_left_name_the_events() {
        ApplicationId application = ApplicationId.of("A-1");
        CaseId lawsuit = CaseId.of("K-1");
        List<AuditedEvent> events = recorded(
                new ApplicationReceived(ORGAN, application, ApplicantType.NATURAL_PERSON, LocalDate.of(2025, 12, 20),
                        Channel.ONLINE, null),
                new LawsuitFiled(ORGAN, lawsuit, LocalDate.of(2025, 11, 3), false, application),
                new ApplicationDecided(ORGAN, application, LocalDate.of(2025, 12, 30), Outcome.DISCLOSED),
                new LawsuitConcluded(ORGAN, lawsuit, LocalDate.of(2025, 12, 31), CaseResult.UPHELD));
        Instant between = START.plusSeconds(1);

        List<Restatements.Restatement> restated = Restatements.between(upTo(events, between), upTo(events, END),
                between, END, YEAR, CaseCountingRule.FILED_IN_YEAR, ORGAN.value());

        Map<String, List<String>> causes = restated.stream().collect(Collectors.toMap(
                r -> r.row() + "/" + r.column() + " " + r.from() + "->" + r.to(),
                r -> r.events().stream().map(CellProvenance.Source::id).toList(), (a, b) -> a, LinkedHashMap::new));
        assertThat(causes).containsEntry("CARRIED_OVER_TO_NEXT_YEAR/NATURAL_PERSON 1->0", List.of("e-2"))
                .containsEntry("DISCLOSED/NATURAL_PERSON 0->1", List.of("e-2"))
                .containsEntry("LAWSUIT_DIRECT/PENDING 1->0", List.of("e-3"))
                .containsEntry("LAWSUIT_DIRECT/UPHELD 0->1", List.of("e-3"));
    }

    @Test
    void given_fee_notices_and_payments_when_restated_then_section_six_figures_name_them() {
        ApplicationId application = ApplicationId.of("A-1");
        List<AuditedEvent> events = recorded(
                new ProcessingFeeCharged(ORGAN, application, LocalDate.of(2025, 6, 2), new BigDecimal("120.50")),
                new ProcessingFeeCharged(ORGAN, application, LocalDate.of(2025, 7, 2), new BigDecimal("30")),
                new ProcessingFeePaid(ORGAN, application, LocalDate.of(2025, 7, 9), new BigDecimal("30")));
        Instant between = START.plusMillis(500);

        List<Restatements.Restatement> restated = Restatements.between(upTo(events, between), upTo(events, END),
                between, END, YEAR, CaseCountingRule.FILED_IN_YEAR, ORGAN.value());

        assertThat(restated).extracting(r -> r.table() + " " + r.row() + "/" + r.column() + " " + r.from() + "->"
                + r.to() + " " + r.events().stream().map(CellProvenance.Source::id).toList()).containsExactly(
                "fees PROCESSING_FEE/NOTICES 1->2 [e-1]",
                "fees PROCESSING_FEE/NOTICE_AMOUNT_YUAN 120.50->150.50 [e-1]",
                "fees PROCESSING_FEE/COLLECTED_YUAN 0->30.00 [e-2]");
        assertThat(CellProvenance.of(upTo(events, END), YEAR, CaseCountingRule.FILED_IN_YEAR,
                CellProvenance.PROCESSING_FEE, "NOTICE_AMOUNT_YUAN"))
                .extracting(CellProvenance.Contribution::amountYuan)
                .containsExactly(new BigDecimal("120.50"), new BigDecimal("30.00"));
    }

    /**
     * For random histories and random pairs of moments: the restated cells are exactly those whose values differ
     * between the books of the two moments; each names only events recorded in between, at least one of them of
     * an item that moved the cell, and every item that moved it is named ({@link #cellsMovedBy}).
     */
    @Test
    void given_random_histories_when_restated_between_two_moments_then_each_changed_cell_names_what_moved_it() {
        int restatedCells = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<AuditedEvent> events = GeneratedHistory.events(random, 30 + random.nextInt(200));
            Instant from = momentAmong(random, events);
            Instant to = momentAmong(random, events);
            if (to.isBefore(from)) {
                Instant swap = from;
                from = to;
                to = swap;
            }
            ReportingYear year = ReportingYear.of(2024 + random.nextInt(3));
            CaseCountingRule rule = GeneratedHistory.pick(random, CaseCountingRule.values());
            Books before = upTo(events, from);
            Books after = upTo(events, to);

            List<Restatements.Restatement> restated = Restatements.between(before, after, from, to, year, rule,
                    ORGAN.value());

            Map<String, String> was = cells(before, year, rule);
            Map<String, String> now = cells(after, year, rule);
            Set<String> changed = now.keySet().stream().filter(cell -> !now.get(cell).equals(was.get(cell)))
                    .collect(Collectors.toSet());
            assertThat(restated).as("seed %d", seed).extracting(r -> cell(r) + "=" + r.from() + "->" + r.to())
                    .containsExactlyInAnyOrderElementsOf(changed.stream()
                            .map(cell -> cell + "=" + was.get(cell) + "->" + now.get(cell)).toList());
            Map<String, List<AuditedEvent>> interval = itemsRecordedBetween(events, from, to);
            Map<String, Set<String>> moved = new LinkedHashMap<>();
            for (String item : interval.keySet()) {
                moved.put(item, cellsMovedBy(item, events, from, to, year, rule));
            }
            for (Restatements.Restatement restatement : restated) {
                assertNamesWhatMovedIt(seed, restatement, interval, moved);
            }
            restatedCells += restated.size();
        }
        assertThat(restatedCells).as("restated cells over all seeds").isGreaterThan(1_000);
    }

    private static void assertNamesWhatMovedIt(long seed, Restatements.Restatement restatement,
                                               Map<String, List<AuditedEvent>> interval,
                                               Map<String, Set<String>> moved) {
        String cell = cell(restatement);
        Set<String> named = new HashSet<>();
        restatement.events().forEach(source -> named.add(source.id()));
        assertThat(named).as("seed %d, %s names events", seed, cell).isNotEmpty();
        Map<String, String> itemOfEvent = new LinkedHashMap<>();
        interval.forEach((item, itsEvents) -> itsEvents.forEach(e -> itemOfEvent.put(e.eventId(), item)));
        interval.forEach((item, itsEvents) -> {
            if (moved.get(item).contains(cell)) {
                assertThat(itsEvents).as("seed %d, %s names an event of %s, which moved it", seed, cell, item)
                        .anyMatch(event -> named.contains(event.eventId()));
            }
        });
        assertThat(named).as("seed %d, %s names only events recorded in between", seed, cell)
                .allMatch(itemOfEvent::containsKey);
        assertThat(named).as("seed %d, %s names an event of an item that moved it", seed, cell)
                .anyMatch(id -> moved.get(itemOfEvent.get(id)).contains(cell));
    }

    private static Map<String, List<AuditedEvent>> itemsRecordedBetween(List<AuditedEvent> events, Instant from,
                                                                         Instant to) {
        Map<String, List<AuditedEvent>> interval = new LinkedHashMap<>();
        for (AuditedEvent event : events) {
            if (event.recordedAt().isAfter(from) && !event.recordedAt().isAfter(to)) {
                interval.computeIfAbsent(itemOf(event), item -> new ArrayList<>()).add(event);
            }
        }
        return interval;
    }

    /**
     * The cells an item's events of the interval moved: where what the item adds differs between the two moments.
     * What an item adds is read from tallies alone: the cell with the item minus the cell without it, among the
     * opening balances of that moment (a document counts into 现行有效 against the latest balance). For a balance,
     * it is what taking it away changes, at either moment.
     */
    private static Set<String> cellsMovedBy(String item, List<AuditedEvent> events, Instant from, Instant to,
                                            ReportingYear year, CaseCountingRule rule) {
        Map<String, BigDecimal> earlier = addedBy(item, events, from, year, rule);
        Map<String, BigDecimal> later = addedBy(item, events, to, year, rule);
        Set<String> moved = new HashSet<>();
        later.forEach((cell, added) -> {
            if (added.compareTo(earlier.get(cell)) != 0) {
                moved.add(cell);
            }
        });
        return moved;
    }

    private static Map<String, BigDecimal> addedBy(String item, List<AuditedEvent> events, Instant moment,
                                                   ReportingYear year, CaseCountingRule rule) {
        List<AuditedEvent> recorded = events.stream().filter(e -> !e.recordedAt().isAfter(moment)).toList();
        List<AuditedEvent> context = item.startsWith("stock ")
                ? recorded.stream().filter(e -> !itemOf(e).equals(item)).toList()
                : recorded.stream().filter(e -> itemOf(e).startsWith("stock ")).toList();
        List<AuditedEvent> with = item.startsWith("stock ") ? recorded
                : recorded.stream().filter(e -> itemOf(e).startsWith("stock ") || itemOf(e).equals(item)).toList();
        Map<String, String> without = cells(Books.fold(context), year, rule);
        Map<String, BigDecimal> added = new LinkedHashMap<>();
        cells(Books.fold(with), year, rule).forEach((cell, value) ->
                added.put(cell, new BigDecimal(value).subtract(new BigDecimal(without.get(cell)))));
        return added;
    }

    /** The fact an event belongs to, as the books keep them, read from the event alone. */
    private static String itemOf(AuditedEvent event) {
        Object data = event.data();
        if (data instanceof ProcessingFeeCharged || data instanceof ProcessingFeePaid) {
            return "money " + event.eventId();
        } else if (data instanceof ApplicationEvent application) {
            return "application " + application.applicationId();
        } else if (data instanceof CaseEvent legalCase) {
            return "case " + legalCase.kind() + " " + legalCase.caseId();
        } else if (data instanceof DocumentIssued issued) {
            return "document " + issued.documentId();
        } else if (data instanceof DocumentRepealed repealed) {
            return "document " + repealed.documentId();
        } else if (data instanceof DocumentStockDeclared stock) {
            return "stock " + stock.kind() + " " + stock.asOf();
        }
        return "tally " + event.eventId();
    }

    private static Map<String, String> cells(Books books, ReportingYear year, CaseCountingRule rule) {
        var report = books.report(year, rule, ORGAN.value());
        var tables = report.tables();
        Map<String, String> cells = new LinkedHashMap<>();
        tables.proactive().asMap().forEach((row, columns) -> columns.forEach((column, value) ->
                cells.put("proactive " + row + "/" + column, String.valueOf(value))));
        tables.applications().asMap().forEach((row, columns) -> columns.forEach((column, value) ->
                cells.put("applications " + row + "/" + column, String.valueOf(value))));
        tables.cases().asMap().forEach((row, columns) -> columns.forEach((column, value) ->
                cells.put("reviewsAndLawsuits " + row + "/" + column, String.valueOf(value))));
        report.fees().asMap().forEach((column, value) ->
                cells.put("fees " + CellProvenance.PROCESSING_FEE + "/" + column, String.valueOf(value)));
        return cells;
    }

    private static String cell(Restatements.Restatement restatement) {
        return restatement.table() + " " + restatement.row() + "/" + restatement.column();
    }

    /** A recorded moment of the history, or just after one. */
    private static Instant momentAmong(Random random, List<AuditedEvent> events) {
        Instant moment = events.get(random.nextInt(events.size())).recordedAt();
        return random.nextBoolean() ? moment : moment.plusMillis(500);
    }

    private static Books upTo(List<AuditedEvent> events, Instant moment) {
        return Books.fold(events.stream().filter(e -> !e.recordedAt().isAfter(moment)).toList());
    }

    private static final Instant END = START.plusSeconds(3_600);

    /** The facts as recorded one second apart from {@link #START}, with ids {@code e-0}, {@code e-1}, …. */
    private static List<AuditedEvent> recorded(Object... facts) {
        List<AuditedEvent> events = new ArrayList<>();
        for (int i = 0; i < facts.length; i++) {
            events.add(new AuditedEvent(i + 1, "e-" + i, "t", START.plusSeconds(i), "/s", "c-" + i, facts[i]));
        }
        return events;
    }
}
