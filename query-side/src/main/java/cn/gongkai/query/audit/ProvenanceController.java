package cn.gongkai.query.audit;

import cn.gongkai.events.audit.CellProvenance.Contribution;
import cn.gongkai.events.audit.CellProvenance;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/organs/{organ}/reports/{year}/cells/{row}/{column}}: what one cell counts (applications,
 * cases, documents, balances, tallies) and the events that put each there; {@code asOf} as for the report.
 */
@RestController
@Tag(name = ApiTags.AUDIT)
public class ProvenanceController {

    private final AsOfFolds ledgers;
    private final CaseCountingRule caseCountingRule;
    private final Clock clock;

    public ProvenanceController(AsOfFolds ledgers, CaseCountingRule caseCountingRule, Clock clock) {
        this.ledgers = ledgers;
        this.caseCountingRule = caseCountingRule;
        this.clock = clock;
    }

    /** The cell's value (the sum of the counts, or of the amounts in yuan for the fee) and its contributions. */
    public record CellAnswer(String organ, int year, String scope, String row, String column, long position,
                             Instant asOf, long value, BigDecimal amountYuan, List<Contribution> items) {
    }

    @Operation(summary = "What one cell of the report counts, and the events that put each item there")
    @ApiResponse(responseCode = "200", description = "The cell's value and what makes it")
    @UnknownOrganResponse
    @Parameter(name = "row", description = "The cell's row code in the report JSON, of any table",
            example = "RECEIVED")
    @Parameter(name = "column", description = "The cell's column code in the report JSON", example = "TOTAL")
    @GetMapping("/api/v1/organs/{organ}/reports/{year}/cells/{row}/{column}")
    public CellAnswer cell(@PathVariable String organ, @PathVariable int year, @PathVariable String row,
                           @PathVariable String column,
                           @ScopeParameter @RequestParam(defaultValue = "self") String scope,
                           @AsOfParameter @RequestParam(required = false) String asOf) {
        Instant moment = asOf == null ? null : AsOf.parse("asOf", asOf, clock);
        Scope parsedScope = Scope.parse(scope);
        AsOfFolds.Ledger ledger = ledgers.books(organ, parsedScope, moment);
        List<Contribution> items = CellProvenance.of(ledger.books(), ReportingYear.of(year),
                caseCountingRule, row, column);
        long value = items.stream().mapToLong(Contribution::count).sum();
        BigDecimal amount = items.stream().map(Contribution::amountYuan).filter(a -> a != null)
                .reduce(null, (sum, a) -> sum == null ? a : sum.add(a));
        return new CellAnswer(ledger.organ().organ(), year, parsedScope.name().toLowerCase(), row, column,
                ledger.position(), moment, value, amount, items);
    }
}
