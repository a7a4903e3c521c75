package cn.gongkai.command.register;

import cn.gongkai.command.ingest.EventRefusal;
import cn.gongkai.command.ingest.EventResult;
import cn.gongkai.command.ingest.EventsRefused;
import cn.gongkai.command.ingest.IngestionReceipt;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.WriteScope;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.platform.operations.Operations;
import cn.gongkai.platform.operations.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports an office's register: reads the file, checks every row, turns the good rows into the CloudEvents a
 * department's system would send, and hands them to the same ingestion as {@code POST /api/v1/events}: judged only
 * (a dry run), appended all or nothing (a commit), or appended but for the rows refused (good rows only). Progress is
 * an operation of its own; a dry run and a good-rows import advance by the chunk of rows, an atomic commit when its
 * one transaction is done.
 */
@Service
public class RegisterImport {

    public static final String OPERATION = "register-import";

    private final IngestionService ingestion;
    private final Operations operations;
    private final Clock clock;
    private final RegisterEvents events;
    private final int maxRows;
    private final int chunkRows;

    public RegisterImport(IngestionService ingestion, Operations operations, Clock clock, ObjectMapper json,
                          @Value("${gongkai.register.max-rows:20000}") int maxRows,
                          @Value("${gongkai.register.chunk-rows:500}") int chunkRows) {
        this.ingestion = ingestion;
        this.operations = operations;
        this.clock = clock;
        this.events = new RegisterEvents(json);
        this.maxRows = maxRows;
        this.chunkRows = chunkRows;
    }

    /** A register read and checked, ready to judge: its sheet and layout (to mark a copy), every problem so far. */
    record Checked(RegisterSheet sheet, RegisterLayout layout, int rows, List<RowProblem> problems,
                   List<RegisterEvents.RowEvent> events) {
    }

    Checked check(OrganId organ, byte[] body, RegisterFormat format, RegisterMapping mapping) {
        RegisterSheet sheet = RegisterFiles.read(body, format, maxRows);
        RegisterLayout layout = RegisterLayout.of(sheet, mapping);
        List<RegisterSheet.Row> rows = layout.applicationRows(sheet);
        List<RegisterRows.Checked> checked = new RegisterRows(layout, mapping.wordings(), BusinessTime.today(clock))
                .check(rows);
        List<RowProblem> problems = checked.stream().flatMap(row -> row.problems().stream()).toList();
        List<RegisterEntry> entries = checked.stream().flatMap(row -> row.entry().stream()).toList();
        return new Checked(sheet, layout, rows.size(), problems, events.of(organ, entries));
    }

    RegisterImportResult run(Checked checked, OrganId organ, ImportMode mode, WriteScope scope) {
        Progress progress = operations.start(OPERATION + "-" + organ.value(), checked.rows());
        try {
            RegisterImportResult result = switch (mode) {
                case DRY_RUN -> judged(checked, organ, scope, progress, false);
                case GOOD_ROWS -> judged(checked, organ, scope, progress, true);
                case COMMIT -> committed(checked, organ, scope, progress);
            };
            progress.finish(summary(result));
            return result;
        } catch (RegisterRefused refused) {
            progress.fail(refused.getMessage());
            throw refused;
        } catch (RuntimeException failure) {
            progress.fail(failure.getMessage());
            throw failure;
        }
    }

    /** Judges (or appends) chunk by chunk; a chunk's refused rows are left out and the rest judged again. */
    private RegisterImportResult judged(Checked checked, OrganId organ, WriteScope scope, Progress progress,
                                        boolean append) {
        Tally total = new Tally();
        total.problems.addAll(checked.problems());
        List<List<RegisterEvents.RowEvent>> chunks = chunks(checked.events());
        int rowsDone = 0;
        for (List<RegisterEvents.RowEvent> chunk : chunks) {
            total.add(judgedLeavingOutRefusedRows(chunk, checked.layout(), scope, append));
            rowsDone += rowsOf(chunk).size();
            progress.doneSoFar(rowsDone);
        }
        return total.result(organ, append ? ImportMode.GOOD_ROWS : ImportMode.DRY_RUN, progress, checked.rows(),
                !append);
    }

    private RegisterImportResult committed(Checked checked, OrganId organ, WriteScope scope, Progress progress) {
        Tally outcome = new Tally();
        outcome.problems.addAll(checked.problems());
        if (outcome.problems.isEmpty() && !checked.events().isEmpty()) {
            try {
                outcome.accepted(checked.events(), ingestion.ingest(RegisterEvents.request(checked.events()), scope));
            } catch (EventsRefused refused) {
                outcome.refused(refused, checked.events(), checked.layout());
            }
        }
        RegisterImportResult result = outcome.result(organ, ImportMode.COMMIT, progress, checked.rows(), false);
        if (!result.problems().isEmpty()) {
            throw new RegisterRefused(withoutAppends(result));
        }
        return result;
    }

    private Tally judgedLeavingOutRefusedRows(List<RegisterEvents.RowEvent> chunk, RegisterLayout layout,
                                                WriteScope scope, boolean append) {
        Tally outcome = new Tally();
        List<RegisterEvents.RowEvent> left = chunk;
        while (!left.isEmpty()) {
            try {
                IngestionReceipt receipt = append ? ingestion.ingest(RegisterEvents.request(left), scope)
                        : ingestion.judge(RegisterEvents.request(left), scope);
                outcome.accepted(left, receipt);
                return outcome;
            } catch (EventsRefused refused) {
                Set<Integer> refusedRows = outcome.refused(refused, left, layout);
                left = left.stream().filter(event -> !refusedRows.contains(event.row())).toList();
            }
        }
        return outcome;
    }

    private List<List<RegisterEvents.RowEvent>> chunks(List<RegisterEvents.RowEvent> all) {
        List<List<RegisterEvents.RowEvent>> chunks = new ArrayList<>();
        List<RegisterEvents.RowEvent> chunk = new ArrayList<>();
        Set<Integer> rows = new HashSet<>();
        for (RegisterEvents.RowEvent event : all) {
            if (rows.add(event.row()) && rows.size() > chunkRows) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                rows.clear();
                rows.add(event.row());
            }
            chunk.add(event);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static Set<Integer> rowsOf(List<RegisterEvents.RowEvent> events) {
        Set<Integer> rows = new HashSet<>();
        events.forEach(event -> rows.add(event.row()));
        return rows;
    }

    private static RegisterImportResult withoutAppends(RegisterImportResult result) {
        return new RegisterImportResult(result.organ(), result.mode(), result.operation(), result.rows(), 0,
                result.rowsWithProblems(), 0, 0, 0, null, result.problems(), List.of());
    }

    private static String summary(RegisterImportResult result) {
        return result.rows() + " rows, " + result.rowsWithProblems() + " with problems; " + result.appended()
                + " events " + (result.mode() == ImportMode.DRY_RUN ? "would be appended" : "appended") + ", "
                + result.duplicates() + " imported before";
    }

    /** What the judged chunks came to, added up. */
    private static final class Tally {

        private final List<RowProblem> problems = new ArrayList<>();
        private final List<PlannedEvent> planned = new ArrayList<>();
        private final Set<Integer> acceptedRows = new HashSet<>();
        private int appended;
        private int unchanged;
        private int duplicates;
        private Long position;

        void accepted(List<RegisterEvents.RowEvent> events, IngestionReceipt receipt) {
            for (EventResult result : receipt.events()) {
                RegisterEvents.RowEvent origin = events.get(result.index());
                acceptedRows.add(origin.row());
                planned.add(new PlannedEvent(origin.row(), origin.event().source(), origin.event().id(),
                        origin.event().type(), origin.event().data(), result.status()));
            }
            appended += receipt.appended();
            unchanged += receipt.unchanged();
            duplicates += receipt.duplicates();
            position = position == null ? receipt.position() : Math.max(position, receipt.position());
        }

        /** Adds the refusals as row problems; answers the rows refused. */
        Set<Integer> refused(EventsRefused refused, List<RegisterEvents.RowEvent> events, RegisterLayout layout) {
            Set<Integer> rows = new HashSet<>();
            for (EventRefusal refusal : refused.refusals()) {
                RegisterEvents.RowEvent origin = events.get(refusal.index());
                problems.add(RefusalWords.problem(refusal, origin, layout));
                rows.add(origin.row());
            }
            return rows;
        }

        void add(Tally other) {
            problems.addAll(other.problems);
            planned.addAll(other.planned);
            acceptedRows.addAll(other.acceptedRows);
            appended += other.appended;
            unchanged += other.unchanged;
            duplicates += other.duplicates;
            if (other.position != null) {
                position = position == null ? other.position : Math.max(position, other.position);
            }
        }

        RegisterImportResult result(OrganId organ, ImportMode mode, Progress progress, int rows, boolean listEvents) {
            List<RowProblem> ordered = new ArrayList<>(problems);
            ordered.sort(Comparator.comparingInt(RowProblem::row));
            long rowsWithProblems = ordered.stream().map(RowProblem::row).distinct().count();
            return new RegisterImportResult(organ.value(), mode, progress == null ? null : progress.id(), rows,
                    acceptedRows.size(), (int) rowsWithProblems, appended, unchanged, duplicates,
                    mode == ImportMode.DRY_RUN ? null : position, List.copyOf(ordered),
                    listEvents ? List.copyOf(planned) : List.of());
        }
    }
}
