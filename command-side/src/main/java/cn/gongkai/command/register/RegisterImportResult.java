package cn.gongkai.command.register;

import java.util.List;

/**
 * What an import of a register did, or would do in a dry run.
 *
 * @param organ            the organ whose register it is
 * @param mode             dry run, atomic commit or good rows only
 * @param operation        the long operation that followed it ({@code GET /api/v1/organs/{organ}/register-imports/{operation}})
 * @param rows             the register's application rows
 * @param rowsAccepted     the rows whose events were (or would be) accepted
 * @param rowsWithProblems the rows with at least one problem, none of whose events were appended
 * @param appended         events appended (a dry run: that would be)
 * @param unchanged        events whose facts already held
 * @param duplicates       events imported before with the same content
 * @param position         the stream position to wait for in a report; null in a dry run
 * @param problems         every problem, row by row
 * @param events           in a dry run, every event the rows assert and what would become of it; else empty
 */
public record RegisterImportResult(String organ, ImportMode mode, String operation, int rows, int rowsAccepted,
                                   int rowsWithProblems, int appended, int unchanged, int duplicates, Long position,
                                   List<RowProblem> problems, List<PlannedEvent> events) {
}
