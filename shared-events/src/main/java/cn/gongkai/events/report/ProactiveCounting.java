package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counting rules of table 二 for year Y: issues, repeals, decisions and fees are flows within Y; 现行有效件数 is
 * the stock in force on 31 December of Y: the latest declared opening balance on or before that day, plus the
 * documents issued after it, minus those repealed after it.
 */
public final class ProactiveCounting {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ProactiveCounting() {
    }

    public static ProactiveTable tally(ReportingYear year, Iterable<DocumentFact> documents,
                                       Iterable<StockFact> stocks, Iterable<DecisionFact> decisions,
                                       Iterable<MoneyFact> fees) {
        Map<DocumentKind, DocumentFigures> figures = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            figures.put(kind, documents(year, kind, documents, stocks));
        }
        Map<DecisionKind, Long> decided = new EnumMap<>(DecisionKind.class);
        for (DecisionFact fact : decisions) {
            if (year.contains(fact.decidedOn())) {
                decided.merge(fact.kind(), fact.count(), Long::sum);
            }
        }
        BigDecimal feesYuan = sumWithin(year, fees);
        return new ProactiveTable(figures, decided, feesYuan.divide(TEN_THOUSAND));
    }

    public static BigDecimal sumWithin(ReportingYear year, Iterable<MoneyFact> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MoneyFact fact : amounts) {
            if (year.contains(fact.on())) {
                sum = sum.add(fact.amountYuan());
            }
        }
        return sum;
    }

    private static DocumentFigures documents(ReportingYear year, DocumentKind kind, Iterable<DocumentFact> documents,
                                             Iterable<StockFact> stocks) {
        LocalDate lastDay = year.nextYearFirstDay().minusDays(1);
        StockFact opening = openingBalance(kind, lastDay, stocks);
        LocalDate balancedAt = opening == null ? LocalDate.MIN : opening.asOf();
        long inForce = opening == null ? 0 : opening.inForce();
        long issued = 0;
        long repealed = 0;
        for (DocumentFact document : documents) {
            if (document.kind() != kind) {
                continue;
            }
            if (year.contains(document.issuedOn())) {
                issued++;
            }
            if (year.contains(document.repealedOn())) {
                repealed++;
            }
            if (within(document.issuedOn(), balancedAt, lastDay)) {
                inForce++;
            }
            if (within(document.repealedOn(), balancedAt, lastDay)) {
                inForce--;
            }
        }
        return new DocumentFigures(issued, repealed, inForce);
    }

    private static StockFact openingBalance(DocumentKind kind, LocalDate lastDay, Iterable<StockFact> stocks) {
        StockFact latest = null;
        for (StockFact stock : stocks) {
            boolean applies = stock.kind() == kind && !stock.asOf().isAfter(lastDay);
            if (applies && (latest == null || stock.asOf().isAfter(latest.asOf()))) {
                latest = stock;
            }
        }
        return latest;
    }

    /** A day after the balance was struck and no later than the year's last day. */
    private static boolean within(LocalDate day, LocalDate balancedAt, LocalDate lastDay) {
        return day != null && day.isAfter(balancedAt) && !day.isAfter(lastDay);
    }
}
