package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.fold.ApplicationState;
import cn.gongkai.events.fold.CaseState;
import cn.gongkai.events.fold.DocumentState;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.ProactiveEvent;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseCounting;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.DecisionFact;
import cn.gongkai.events.report.DocumentFact;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.events.report.MoneyFact;
import cn.gongkai.events.report.ProactiveCounting;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.report.StockFact;
import cn.gongkai.events.review.CaseEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What one cell of a year's report counts: each application, case, document, opening balance or tally that adds to
 * it, with how much (1 for most; a balance or a tally adds its number; a document repealed from the opening stock
 * takes one away), and the events that put it there. The counts always add up to the cell, because each is the
 * item's own contribution under the same counting rules that make the cell.
 */
public final class CellProvenance {

    private CellProvenance() {
    }

    /** One contributor to a cell and the events behind it. */
    public record Contribution(String kind, String key, long count, BigDecimal amountYuan, List<Source> events) {
    }

    /** An event behind a contribution, as an auditor needs to find it. */
    public record Source(long position, String id, String type, LocalDate businessDate, String recordedAt,
                         String source, String sourceId) {

        static Source of(AuditedEvent event) {
            return new Source(event.position(), event.eventId(), event.type(), businessDate(event.data()),
                    event.recordedAt().toString(), event.source(), event.sourceId());
        }

        private static LocalDate businessDate(Object data) {
            if (data instanceof ApplicationEvent e) {
                return e.businessDate();
            } else if (data instanceof CaseEvent e) {
                return e.businessDate();
            } else if (data instanceof ProactiveEvent e) {
                return e.businessDate();
            }
            return null;
        }
    }

    /** The row of section 六's information-processing fees (信息处理费), with the columns of the report's {@code fees}. */
    public static final String PROCESSING_FEE = "PROCESSING_FEE";

    /** The items that add to the cell (a count or an amount), with the events that put each there. */
    public static List<Contribution> of(Books books, ReportingYear year, CaseCountingRule rule, String row,
                                        String column) {
        List<Contribution> contributions = new ArrayList<>();
        collect(books, year, rule, row, column, (item, count, amount, counted) -> {
            if (count != 0 || amount != null) {
                contributions.add(contribution(item, count, amount));
            }
        });
        return contributions;
    }

    /**
     * What an item of the books adds to a cell, and whether it is in the cell at all: an opening balance of zero is
     * in it, as is a tally of zero decisions dated in the year.
     */
    record Share(Contribution contribution, boolean counted) {

        boolean sameAs(Share other) {
            BigDecimal amount = contribution.amountYuan();
            BigDecimal otherAmount = other.contribution.amountYuan();
            return counted == other.counted && contribution.count() == other.contribution.count()
                    && (amount == null ? otherAmount == null : otherAmount != null && amount.compareTo(otherAmount) == 0);
        }
    }

    /**
     * What every item of the books adds to the cell, those not in it included, by {@link #identity}: the
     * restatements compare two of these to find the items that entered or left a cell.
     */
    static Map<String, Share> everyItem(Books books, ReportingYear year, CaseCountingRule rule, String row,
                                        String column) {
        Map<String, Share> shares = new LinkedHashMap<>();
        collect(books, year, rule, row, column, (item, count, amount, counted) -> {
            Contribution contribution = contribution(item, count, amount);
            shares.put(identity(contribution), new Share(contribution, counted));
        });
        return shares;
    }

    /**
     * The same item in two books: its kind and key, and for the kinds kept as a list (one item per event, whose key
     * may repeat, as an application's fee notices do) the event that made it.
     */
    static String identity(Contribution contribution) {
        boolean keyed = switch (contribution.kind()) {
            case "application", "case", "document", "openingBalance" -> true;
            default -> false;
        };
        return contribution.kind() + "|" + contribution.key()
                + (keyed || contribution.events().isEmpty() ? "" : "|" + contribution.events().get(0).id());
    }

    /** Each item of the books with what it adds to one cell: a count, and an amount in yuan for money. */
    private interface Sink {
        void accept(Contributor item, long count, BigDecimal amountYuan, boolean counted);
    }

    private record Contributor(String kind, Books.Item<?> item) {
    }

    private static void collect(Books books, ReportingYear year, CaseCountingRule rule, String row, String column,
                                Sink sink) {
        if (isOneOf(row, ApplicationRow.values()) && isOneOf(column, ApplicationColumn.values())) {
            applications(books, year, ApplicationRow.valueOf(row), ApplicationColumn.valueOf(column), sink);
        } else if (isOneOf(row, CaseGroup.values()) && isOneOf(column, CaseColumn.values())) {
            cases(books, year, rule, CaseGroup.valueOf(row), CaseColumn.valueOf(column), sink);
        } else if (isOneOf(row, DocumentKind.values())) {
            documents(books, year, DocumentKind.valueOf(row), column, sink);
        } else if (isOneOf(row, DecisionKind.values()) && "DECISIONS".equals(column)) {
            decisions(books, year, DecisionKind.valueOf(row), sink);
        } else if ("ADMINISTRATIVE_FEE".equals(row) && "AMOUNT_10K_YUAN".equals(column)) {
            money("fee", books.fees(), year, sink);
        } else if (PROCESSING_FEE.equals(row) && ("NOTICES".equals(column) || "NOTICE_AMOUNT_YUAN".equals(column))) {
            money("feeNotice", books.feeNotices(), year, sink);
        } else if (PROCESSING_FEE.equals(row) && "COLLECTED_YUAN".equals(column)) {
            money("feePayment", books.feePayments(), year, sink);
        } else {
            throw new IllegalArgumentException("no cell " + row + "/" + column + " in the report");
        }
    }

    private static void applications(Books books, ReportingYear year, ApplicationRow row, ApplicationColumn column,
                                     Sink sink) {
        for (Books.Item<ApplicationState> item : books.receivedApplications()) {
            ApplicationsTable alone = ApplicationCounting.tally(year, List.of(item.fact().fact()));
            long count = alone.cell(row, column);
            sink.accept(new Contributor("application", item), count, null, count != 0);
        }
    }

    private static void cases(Books books, ReportingYear year, CaseCountingRule rule, CaseGroup group,
                              CaseColumn column, Sink sink) {
        for (Books.Item<CaseState> item : books.filedCases()) {
            long count = CaseCounting.tally(year, rule, List.of(item.fact().fact())).cell(group, column);
            sink.accept(new Contributor("case", item), count, null, count != 0);
        }
    }

    private static void documents(Books books, ReportingYear year, DocumentKind kind, String column, Sink sink) {
        ToLongFunction<DocumentFigures> cell = switch (column) {
            case "ISSUED" -> DocumentFigures::issued;
            case "REPEALED" -> DocumentFigures::repealed;
            case "IN_FORCE" -> DocumentFigures::inForce;
            default -> throw new IllegalArgumentException("no cell " + kind + "/" + column + " in the report");
        };
        List<StockFact> stocks = books.stocks().stream().map(Books.Item::fact).toList();
        long balance = cell.applyAsLong(figures(year, kind, List.of(), stocks));
        StockFact opening = openingBalance(year, kind, stocks);
        for (Books.Item<StockFact> item : books.stocks()) {
            boolean counted = item.fact().equals(opening);
            sink.accept(new Contributor("openingBalance", item), counted ? balance : 0, null, counted);
        }
        for (Books.Item<DocumentState> item : books.documents()) {
            long count = cell.applyAsLong(figures(year, kind, List.of(item.fact().fact()), stocks)) - balance;
            sink.accept(new Contributor("document", item), count, null, count != 0);
        }
    }

    private static DocumentFigures figures(ReportingYear year, DocumentKind kind,
                                           List<DocumentFact> documents,
                                           List<StockFact> stocks) {
        return ProactiveCounting.tally(year, documents, stocks, List.of(), List.of()).documents(kind);
    }

    private static StockFact openingBalance(ReportingYear year, DocumentKind kind, List<StockFact> stocks) {
        LocalDate lastDay = year.nextYearFirstDay().minusDays(1);
        return stocks.stream().filter(s -> s.kind() == kind && !s.asOf().isAfter(lastDay))
                .max((a, b) -> a.asOf().compareTo(b.asOf())).orElse(null);
    }

    private static void decisions(Books books, ReportingYear year, DecisionKind kind, Sink sink) {
        for (Books.Item<DecisionFact> item : books.decisions()) {
            boolean counts = item.fact().kind() == kind && year.contains(item.fact().decidedOn());
            sink.accept(new Contributor("decisions", item), counts ? item.fact().count() : 0, null, counts);
        }
    }

    /** Amounts of money: each one dated in the year counts 1 and adds its amount. */
    private static void money(String kind, List<Books.Item<MoneyFact>> amounts, ReportingYear year, Sink sink) {
        for (Books.Item<MoneyFact> item : amounts) {
            boolean counts = year.contains(item.fact().on());
            sink.accept(new Contributor(kind, item), counts ? 1 : 0, counts ? item.fact().amountYuan() : null, counts);
        }
    }

    private static Contribution contribution(Contributor item, long count, BigDecimal amount) {
        return new Contribution(item.kind(), item.item().key(), count, amount,
                item.item().events().stream().map(Source::of).toList());
    }

    private static boolean isOneOf(String code, Enum<?>[] codes) {
        return Arrays.stream(codes).anyMatch(c -> c.name().equals(code));
    }
}
