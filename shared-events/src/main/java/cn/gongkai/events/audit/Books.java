package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.fold.ApplicationState;
import cn.gongkai.events.fold.CaseState;
import cn.gongkai.events.fold.DocumentState;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.report.ApplicationGroup;
import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CarryOverContradiction;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.DecisionFact;
import cn.gongkai.events.report.MoneyFact;
import cn.gongkai.events.report.ReportAssembler;
import cn.gongkai.events.report.ReportFacts;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.report.StockFact;
import cn.gongkai.events.review.CaseEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The books of one or more organs folded from their recorded events, independently of any projection: the same
 * facts the read models keep (one per application, case, document, balance, tally, amount), each with the events
 * that made it, and the tables of any year tallied from them by the counting rules of this module.
 */
public final class Books {

    final Map<String, Item<ApplicationState>> applications = new LinkedHashMap<>();
    final Map<String, Item<CaseState>> cases = new LinkedHashMap<>();
    final Map<String, Item<DocumentState>> documents = new LinkedHashMap<>();
    final Map<String, Item<StockFact>> stocks = new LinkedHashMap<>();
    final List<Item<DecisionFact>> decisions = new ArrayList<>();
    final List<Item<MoneyFact>> fees = new ArrayList<>();
    final List<Item<MoneyFact>> feeNotices = new ArrayList<>();
    final List<Item<MoneyFact>> feePayments = new ArrayList<>();
    final Map<String, String> narrative = new LinkedHashMap<>();
    /** The applications formally carried over at the end of each year, by year, in the order recorded. */
    final Map<Integer, Set<String>> carriedOver = new LinkedHashMap<>();
    /** Whether each fact keeps the events that made it (provenance, export) or only the fact (as-of reports). */
    private final boolean traced;

    private Books(boolean traced) {
        this.traced = traced;
    }

    /** The books of these events, each fact with the events that made it. */
    public static Books fold(Iterable<AuditedEvent> events) {
        Books books = new Books(true);
        events.forEach(books::apply);
        return books;
    }

    /**
     * Empty books that keep the facts only, not the events behind them: what an as-of report needs, and what a
     * checkpoint saves ({@link BooksCodec}).
     */
    public static Books untraced() {
        return new Books(false);
    }

    /** A fact of the books and the events that made it (none when the books are untraced). */
    public record Item<T>(String key, T fact, List<AuditedEvent> events) {

        Item<T> with(T changed, AuditedEvent event) {
            if (events.isEmpty()) {
                return new Item<>(key, changed, events);
            }
            List<AuditedEvent> more = new ArrayList<>(events);
            more.add(event);
            return new Item<>(key, changed, List.copyOf(more));
        }

        static <T> Item<T> untraced(String key, T fact) {
            return new Item<>(key, fact, List.of());
        }
    }

    private <T> Item<T> item(String key, T fact, AuditedEvent event) {
        return new Item<>(key, fact, traced ? List.of(event) : List.of());
    }

    public void apply(AuditedEvent event) {
        Object data = event.data();
        if (data instanceof ApplicationEvent application) {
            apply(application, event);
        } else if (data instanceof CaseEvent legalCase) {
            apply(legalCase, event);
        } else if (data instanceof DocumentIssued issued) {
            evolve(documents, issued.organ() + "/" + issued.documentId(), DocumentState.NONE, d -> d.evolve(issued), event);
        } else if (data instanceof DocumentRepealed repealed) {
            evolve(documents, repealed.organ() + "/" + repealed.documentId(), DocumentState.NONE, d -> d.evolve(repealed), event);
        } else if (data instanceof DocumentStockDeclared stock) {
            String key = stock.organ() + "/" + stock.kind() + "/" + stock.asOf();
            stocks.put(key, item(key, new StockFact(stock.kind(), stock.asOf(), stock.inForce()), event));
        } else if (data instanceof DecisionsRecorded tally) {
            decisions.add(item(event.eventId(), new DecisionFact(tally.kind(), tally.decidedOn(), tally.count()),
                    event));
        } else if (data instanceof FeeCollected fee) {
            fees.add(item(event.eventId(), new MoneyFact(fee.collectedOn(), fee.amount()), event));
        } else if (data instanceof NarrativeWritten written) {
            narrative.put(written.organ() + "/" + written.year() + "/" + written.section(), written.text());
        }
    }

    private void apply(ApplicationEvent data, AuditedEvent event) {
        String key = data.organ() + "/" + data.applicationId();
        if (data instanceof ProcessingFeeCharged notice) {
            feeNotices.add(item(key, new MoneyFact(notice.on(), notice.amount()), event));
            return;
        }
        if (data instanceof ProcessingFeePaid payment) {
            feePayments.add(item(key, new MoneyFact(payment.on(), payment.amount()), event));
            return;
        }
        if (data instanceof ApplicationCarriedOver carried) {
            carriedOver.computeIfAbsent(carried.year().value(), y -> new LinkedHashSet<>()).add(key);
            return;
        }
        evolve(applications, key, ApplicationState.NONE, a -> a.evolve(data), event);
    }

    private void apply(CaseEvent data, AuditedEvent event) {
        String key = data.organ() + "/" + data.kind() + "/" + data.caseId();
        evolve(cases, key, CaseState.NONE, c -> c.evolve(data), event);
    }

    /** Folds the event into the fact under the key by the fact's own evolve function; a fact it leaves alone stays. */
    private <S> void evolve(Map<String, Item<S>> facts, String key, S initial, UnaryOperator<S> evolve,
                            AuditedEvent event) {
        Item<S> item = facts.get(key);
        S state = item == null ? initial : item.fact();
        S next = evolve.apply(state);
        if (next != state) {
            facts.put(key, item == null ? item(key, next, event) : item.with(next, event));
        }
    }

    /** The report of a year assembled from these books; the narrative is that of {@code narrativeOrgan}. */
    public AssembledReport report(ReportingYear year, CaseCountingRule rule, String narrativeOrgan) {
        return ReportAssembler.assemble(year, rule, reportFacts(year, narrativeOrgan));
    }

    /** The facts a report of the year is assembled from; the narrative is that of {@code narrativeOrgan}. */
    public ReportFacts reportFacts(ReportingYear year, String narrativeOrgan) {
        return new ReportFacts(ApplicationGroup.countAlike(facts(receivedApplications())), facts(filedCases()),
                facts(documents.values()), facts(stocks.values()), facts(decisions), facts(fees), facts(feeNotices),
                facts(feePayments), carryOverContradictions(year), narrativeOf(narrativeOrgan, year));
    }

    /**
     * The applications recorded as carried over at the end of {@code year} that a later event recorded as decided
     * on or before its last day, as the live read model finds them.
     */
    public List<CarryOverContradiction> carryOverContradictions(ReportingYear year) {
        List<CarryOverContradiction> found = new ArrayList<>();
        for (String key : carriedOver.getOrDefault(year.value(), Set.of())) {
            Item<ApplicationState> item = applications.get(key);
            ApplicationState state = item == null ? null : item.fact();
            if (state != null && state.receivedOn() != null && state.decidedOn() != null
                    && state.decidedOn().isBefore(year.nextYearFirstDay())) {
                int slash = key.indexOf('/');
                found.add(new CarryOverContradiction(key.substring(0, slash), key.substring(slash + 1),
                        state.applicantType(), state.decidedOn()));
            }
        }
        return found;
    }

    public List<Item<ApplicationState>> receivedApplications() {
        return applications.values().stream().filter(i -> i.fact().received()).toList();
    }

    public List<Item<CaseState>> filedCases() {
        return cases.values().stream().filter(i -> i.fact().filed()).toList();
    }

    public Collection<Item<DocumentState>> documents() {
        return documents.values();
    }

    public Collection<Item<StockFact>> stocks() {
        return stocks.values();
    }

    public List<Item<DecisionFact>> decisions() {
        return decisions;
    }

    public List<Item<MoneyFact>> fees() {
        return fees;
    }

    /** The information-processing fee notices (信息处理费), each keyed by its application. */
    public List<Item<MoneyFact>> feeNotices() {
        return feeNotices;
    }

    /** The information-processing fees paid, each keyed by its application. */
    public List<Item<MoneyFact>> feePayments() {
        return feePayments;
    }

    private Map<NarrativeSection, String> narrativeOf(String organ, ReportingYear year) {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = narrative.get(organ + "/" + year + "/" + section);
            if (text != null) {
                sections.put(section, text);
            }
        }
        return sections;
    }

    private static <T> List<T> facts(Collection<? extends Item<?>> items) {
        List<T> facts = new ArrayList<>();
        for (Item<?> item : items) {
            Object fact = item.fact();
            if (fact instanceof ApplicationState application) {
                fact = application.fact();
            } else if (fact instanceof CaseState legalCase) {
                fact = legalCase.fact();
            } else if (fact instanceof DocumentState document) {
                fact = document.fact();
            }
            @SuppressWarnings("unchecked") T typed = (T) fact;
            facts.add(typed);
        }
        return facts;
    }
}
