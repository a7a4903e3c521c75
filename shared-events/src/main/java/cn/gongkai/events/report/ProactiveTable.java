package cn.gongkai.events.report;

import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Table 二 (主动公开政府信息情况): documents issued, repealed and in force; licensing, penalty and enforcement
 * decisions; administrative fees in 万元. The fee is kept exact and rounded only when shown, to four decimal places
 * of 万元 (one yuan).
 */
public record ProactiveTable(Map<DocumentKind, DocumentFigures> documents, Map<DecisionKind, Long> decisions,
                             BigDecimal administrativeFee10kYuan) {

    public static final int FEE_SCALE = 4;

    public ProactiveTable {
        documents = complete(documents, DocumentKind.class, DocumentFigures.NONE);
        decisions = complete(decisions, DecisionKind.class, 0L);
        Objects.requireNonNull(administrativeFee10kYuan, "administrativeFee10kYuan");
    }

    public DocumentFigures documents(DocumentKind kind) {
        return documents.get(kind);
    }

    public long decisions(DecisionKind kind) {
        return decisions.get(kind);
    }

    /** The fee as the report shows it: 万元, rounded half up to one yuan, without trailing zeros. */
    public String administrativeFeeShown() {
        BigDecimal shown = administrativeFee10kYuan.setScale(FEE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /** The report JSON's {@code proactive}. */
    public Map<String, Map<String, Object>> asMap() {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures figures = documents(kind);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ISSUED", figures.issued());
            row.put("REPEALED", figures.repealed());
            row.put("IN_FORCE", figures.inForce());
            rows.put(kind.name(), row);
        }
        for (DecisionKind kind : DecisionKind.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("DECISIONS", decisions(kind));
            rows.put(kind.name(), row);
        }
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("AMOUNT_10K_YUAN", administrativeFeeShown());
        rows.put("ADMINISTRATIVE_FEE", fee);
        return rows;
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> given, Class<K> keys, V absent) {
        Map<K, V> all = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            all.put(key, given == null ? absent : given.getOrDefault(key, absent));
        }
        return Map.copyOf(all);
    }
}
