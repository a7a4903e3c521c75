package cn.gongkai.query.audit;

import cn.gongkai.events.audit.Restatements.Restatement;
import cn.gongkai.events.audit.Restatements;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/organs/{organ}/reports/{year}/restatements?from=&to=}: each cell whose value changed between
 * two recorded moments ({@code to} defaults to now), with the events recorded in between that changed it.
 */
@RestController
@Tag(name = ApiTags.AUDIT)
public class RestatementsController {

    private final AsOfFolds ledgers;
    private final CaseCountingRule caseCountingRule;
    private final Clock clock;

    public RestatementsController(AsOfFolds ledgers, CaseCountingRule caseCountingRule, Clock clock) {
        this.ledgers = ledgers;
        this.caseCountingRule = caseCountingRule;
        this.clock = clock;
    }

    public record RestatementsAnswer(String organ, int year, Instant from, Instant to, long fromPosition,
                                     long toPosition, List<Restatement> cells) {
    }

    @Operation(summary = "Each cell whose value changed between two recorded moments, with the events that changed it")
    @ApiResponse(responseCode = "200", description = "The restated cells, in the report's order")
    @UnknownOrganResponse
    @Parameter(name = "from", description = "The earlier moment, RFC 3339 with an offset, e.g. "
            + "2026-01-20T09:00:00+08:00", schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "to", description = "The later moment, in the same form; now when absent",
            schema = @Schema(type = "string", format = "date-time"))
    @GetMapping("/api/v1/organs/{organ}/reports/{year}/restatements")
    public RestatementsAnswer restatements(@PathVariable String organ, @PathVariable int year,
                                           @RequestParam String from, @RequestParam(required = false) String to,
                                           @ScopeParameter @RequestParam(defaultValue = "self") String scope) {
        Instant since = AsOf.parse("from", from, clock);
        Instant until = to == null ? clock.instant() : AsOf.parse("to", to, clock);
        if (until.isBefore(since)) {
            throw new IllegalArgumentException("'to' (" + until + ") is before 'from' (" + since + ")");
        }
        AsOfFolds.Ledger before = ledgers.books(organ, Scope.parse(scope), since);
        AsOfFolds.Ledger after = ledgers.books(organ, Scope.parse(scope), until);
        List<Restatement> cells = Restatements.between(before.books(), after.books(), since, until,
                ReportingYear.of(year), caseCountingRule, before.organ().organ());
        return new RestatementsAnswer(before.organ().organ(), year, since, until, before.position(),
                after.position(), cells);
    }
}
