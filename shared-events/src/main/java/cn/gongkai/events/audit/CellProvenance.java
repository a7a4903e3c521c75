package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicationEvent;
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
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.events.report.StockFact;
import cn.gongkai.events.review.CaseEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    public static List<Contribution> of(Books books, ReportingYear year, CaseCountingRule rule, String row,
                                        String column) {
        if (isOneOf(row, ApplicationRow.values())) {
            return applications(books, year, ApplicationRow.valueOf(row), ApplicationColumn.valueOf(column));
        }
        if (isOneOf(row, CaseGroup.values())) {
            return cases(books, year, rule, CaseGroup.valueOf(row), CaseColumn.valueOf(column));
        }
        if (isOneOf(row, DocumentKind.values())) {
            return documents(books, year, DocumentKind.valueOf(row), column);
        }
        if (isOneOf(row, DecisionKind.values()) && "DECISIONS".equals(column)) {
            return decisions(books, year, DecisionKind.valueOf(row));
        }
        if ("ADMINISTRATIVE_FEE".equals(row) && "AMOUNT_10K_YUAN".equals(column)) {
            return fees(books, year);
        }
        throw new IllegalArgumentException("no cell " + row + "/" + column + " in the report");
    }

    private static List<Contribution> applications(Books books, ReportingYear year, ApplicationRow row,
                                                   ApplicationColumn column) {
        List<Contribution> contributions = new ArrayList<>();
        for (Books.Item<Books.ApplicationState> item : books.receivedApplications()) {
            ApplicationsTable alone = ApplicationCounting.tally(year, List.of(item.fact().fact()));
            add(contributions, "application", item, alone.cell(row, column), null);
        }
        return contributions;
    }

    private static List<Contribution> cases(Books books, ReportingYear year, CaseCountingRule rule, CaseGroup group,
                                            CaseColumn column) {
        List<Contribution> contributions = new ArrayList<>();
        for (Books.Item<Books.CaseState> item : books.filedCases()) {
            long count = CaseCounting.tally(year, rule, List.of(item.fact().fact())).cell(group, column);
            add(contributions, "case", item, count, null);
        }
        return contributions;
    }

    private static List<Contribution> documents(Books books, ReportingYear year, DocumentKind kind, String column) {
        ToLongFunction<DocumentFigures> cell = switch (column) {
            case "ISSUED" -> DocumentFigures::issued;
            case "REPEALED" -> DocumentFigures::repealed;
            case "IN_FORCE" -> DocumentFigures::inForce;
            default -> throw new IllegalArgumentException("no cell " + kind + "/" + column + " in the report");
        };
        List<StockFact> stocks = books.stocks().stream().map(Books.Item::fact).toList();
        long balance = cell.applyAsLong(figures(year, kind, List.of(), stocks));
        List<Contribution> contributions = new ArrayList<>();
        books.stocks().stream()
                .filter(item -> balance != 0 && item.fact().equals(openingBalance(year, kind, stocks)))
                .forEach(item -> add(contributions, "openingBalance", item, balance, null));
        for (Books.Item<Books.DocumentState> item : books.documents()) {
            long count = cell.applyAsLong(figures(year, kind, List.of(item.fact().fact()), stocks)) - balance;
            add(contributions, "document", item, count, null);
        }
        return contributions;
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

    private static List<Contribution> decisions(Books books, ReportingYear year, DecisionKind kind) {
        List<Contribution> contributions = new ArrayList<>();
        for (Books.Item<DecisionFact> item : books.decisions()) {
            boolean counts = item.fact().kind() == kind && year.contains(item.fact().decidedOn());
            add(contributions, "decisions", item, counts ? item.fact().count() : 0, null);
        }
        return contributions;
    }

    private static List<Contribution> fees(Books books, ReportingYear year) {
        List<Contribution> contributions = new ArrayList<>();
        for (Books.Item<MoneyFact> item : books.fees()) {
            if (year.contains(item.fact().on())) {
                add(contributions, "fee", item, 1, item.fact().amountYuan());
            }
        }
        return contributions;
    }

    private static void add(List<Contribution> contributions, String kind, Books.Item<?> item, long count,
                            BigDecimal amount) {
        if (count != 0 || amount != null) {
            contributions.add(new Contribution(kind, item.key(), count, amount,
                    item.events().stream().map(Source::of).toList()));
        }
    }

    private static boolean isOneOf(String code, Enum<?>[] codes) {
        return Arrays.stream(codes).anyMatch(c -> c.name().equals(code));
    }
}
