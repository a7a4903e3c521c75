package cn.gongkai.command.register;

import cn.gongkai.command.ingest.EventRefusal;
import cn.gongkai.command.ingest.RefusalKind;

import java.util.Map;

/**
 * The ingestion's refusal of a register row's event, said to the office in Chinese and placed on the row and column
 * the event came from. The refusal's own detail follows, for whoever must look further.
 */
final class RefusalWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ID_REUSED", "先前导入时本项记录为不同内容，台账中的修改与已记录的事实矛盾；"
                    + "已记录的事实不因重新导入而改变，请核对本行"),
            Map.entry("CONFLICTING_RECEIPT", "该申请已记录为不同的收件事实（申请人类型、收到申请日期或申请方式）"),
            Map.entry("ALREADY_DECIDED", "该申请已以其他日期或结果办结"),
            Map.entry("CORRECTION_ALREADY_REQUESTED", "该申请已在其他日期通知补正，一件申请只通知补正一次"),
            Map.entry("NO_CORRECTION_REQUESTED", "该申请没有通知补正的记录，或已在其他日期补正"),
            Map.entry("CORRECTION_PENDING", "该申请待补正，只能以“逾期不补正”或“其他”办结"),
            Map.entry("EXTENSION_ALREADY_GRANTED", "该申请已在其他日期延期，依法只能延期一次"),
            Map.entry("EXTENSION_TOO_LONG", "延期最长20个工作日"),
            Map.entry("CONSULTATION_ALREADY_OPEN", "该申请已在其他日期开始征求意见"),
            Map.entry("NO_CONSULTATION_OPEN", "该申请没有正在进行的征求意见"),
            Map.entry("FUTURE_DATE", "日期晚于今天"),
            Map.entry("BEFORE_RECEIPT", "日期早于已记录的收到申请日期"),
            Map.entry("DATE_ORDER", "日期早于该申请前一环节已记录的日期"),
            Map.entry("NOT_RECEIVED", "该申请没有收件记录"),
            Map.entry("NO_FEE_CHARGED", "该申请没有未缴的收费通知"),
            Map.entry("ORGAN_NOT_PERMITTED", "本凭证不能写入该机关的事实"),
            Map.entry("UNKNOWN_ORGAN", "机关尚未登记"),
            Map.entry("CONCURRENT_WRITE", "其他请求同时写入同一申请，请重新导入"));

    private RefusalWords() {
    }

    static RowProblem problem(EventRefusal refusal, RegisterEvents.RowEvent origin, RegisterLayout layout) {
        String words = WORDS.getOrDefault(refusal.rule(), "事件被拒绝");
        boolean conflict = refusal.kind() == RefusalKind.CONFLICT;
        return RowProblem.of(origin.row(), layout.letter(origin.field()), layout.heading(origin.field()),
                refusal.rule(), conflict, words + "（" + refusal.rule() + "：" + refusal.detail() + "）");
    }
}
