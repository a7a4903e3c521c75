package cn.gongkai.events.report;

import cn.gongkai.events.application.OutcomeGroup;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The labels the national format prints for the report's row and column codes, character for character: what a
 * finding names besides the codes, so an office reads it against its own printed report.
 */
public final class PrintedLabels {

    public static final String ISSUED = "本年制发件数";
    public static final String REPEALED = "本年废止件数";
    public static final String IN_FORCE = "现行有效件数";
    public static final List<String> DOCUMENT_COLUMNS = List.of(ISSUED, REPEALED, IN_FORCE);
    public static final String DECISIONS = "本年处理决定数量";
    public static final String FEE_COLUMN = "本年收费金额（单位：万元）";
    public static final String FEE_ROW = "行政事业性收费";

    private PrintedLabels() {
    }

    /** A row's label: in table 三 an outcome row with its group, e.g. （三）不予公开 1.属于国家秘密. */
    public static String row(String table, String row) {
        return switch (table) {
            case ConsistencyRules.TABLE -> label(ApplicationRow.class, row, PrintedLabels::applicationRow);
            case ConsistencyRules.CASES -> label(CaseGroup.class, row, CaseGroup::label);
            case ConsistencyRules.NARRATIVE -> label(NarrativeSection.class, row, NarrativeSection::heading);
            case ConsistencyRules.PROACTIVE -> "ADMINISTRATIVE_FEE".equals(row) ? FEE_ROW
                    : label(DocumentKind.class, row, DocumentKind::label) != null
                    ? label(DocumentKind.class, row, DocumentKind::label)
                    : label(DecisionKind.class, row, DecisionKind::label);
            default -> null;
        };
    }

    /** A column's label. */
    public static String column(String table, String column) {
        return switch (table) {
            case ConsistencyRules.TABLE -> label(ApplicationColumn.class, column, ApplicationColumn::label);
            case ConsistencyRules.CASES -> label(CaseColumn.class, column, CaseColumn::label);
            case ConsistencyRules.PROACTIVE -> switch (column) {
                case "ISSUED" -> ISSUED;
                case "REPEALED" -> REPEALED;
                case "IN_FORCE" -> IN_FORCE;
                case "DECISIONS" -> DECISIONS;
                case "AMOUNT_10K_YUAN" -> FEE_COLUMN;
                default -> null;
            };
            default -> null;
        };
    }

    /** Table 三's row as printed without the heading of the results block. */
    public static String applicationRow(ApplicationRow row) {
        if (row.outcome().isEmpty()) {
            return row.label();
        }
        OutcomeGroup group = row.outcome().get().group();
        return row.label().equals(group.label()) ? group.label() : group.label() + " " + row.label();
    }

    private static <E extends Enum<E>> String label(Class<E> codes, String code, Function<E, String> label) {
        return Arrays.stream(codes.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst().map(label)
                .orElse(null);
    }
}
