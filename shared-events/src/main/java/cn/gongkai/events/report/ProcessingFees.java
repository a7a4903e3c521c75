package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 六's information-processing fees (信息处理费) of year Y: the notices sent, their total, and what was
 * actually collected, in yuan.
 */
public record ProcessingFees(long notices, BigDecimal noticeAmountYuan, BigDecimal collectedYuan) {

    public static final ProcessingFees NONE = new ProcessingFees(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public static ProcessingFees tally(ReportingYear year, Iterable<MoneyFact> charged, Iterable<MoneyFact> paid) {
        long notices = 0;
        for (MoneyFact notice : charged) {
            if (year.contains(notice.on())) {
                notices++;
            }
        }
        return new ProcessingFees(notices, ProactiveCounting.sumWithin(year, charged),
                ProactiveCounting.sumWithin(year, paid));
    }

    /** The report JSON's {@code fees}; amounts as decimal strings. */
    public Map<String, Object> asMap() {
        Map<String, Object> fees = new LinkedHashMap<>();
        fees.put("NOTICES", notices);
        fees.put("NOTICE_AMOUNT_YUAN", noticeAmountYuan.toPlainString());
        fees.put("COLLECTED_YUAN", collectedYuan.toPlainString());
        return fees;
    }
}
