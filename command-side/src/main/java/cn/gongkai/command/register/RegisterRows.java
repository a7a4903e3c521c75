package cn.gongkai.command.register;

import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.calendar.ReportingYear;
import org.apache.poi.ss.usermodel.DateUtil;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a register's rows one by one, as a clerk would be told: every cell that cannot be read, and every date or
 * outcome that cannot be true of one application (a decision before the receipt, a correction-lapse outcome without a
 * correction notice …), each named by row and column. A row without a problem becomes a {@link RegisterEntry}.
 */
final class RegisterRows {

    /** The Regulation took effect in 2008; no disclosure fact is older. */
    static final LocalDate EARLIEST = LocalDate.of(2008, 1, 1);
    static final LocalDate LATEST = LocalDate.of(ReportingYear.LAST, 12, 31);
    /** An extension whose length the register does not give is taken as the most the law allows. */
    static final int DEFAULT_EXTENSION_DAYS = ApplicationExtended.MAX_WORKING_DAYS;
    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?(\\s+[0-9:]+)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    /** Excel's serial numbers of 2008-01-01 and of the last day Gongkai keeps: a date cell saved as a number. */
    private static final Pattern SERIAL = Pattern.compile("[0-9]{5}");

    private final RegisterLayout layout;
    private final Wordings wordings;
    private final LocalDate today;

    RegisterRows(RegisterLayout layout, Wordings wordings, LocalDate today) {
        this.layout = layout;
        this.wordings = wordings;
        this.today = today;
    }

    /** A row read: its entry when it has no problem. */
    record Checked(int row, Optional<RegisterEntry> entry, List<RowProblem> problems) {
    }

    List<Checked> check(List<RegisterSheet.Row> rows) {
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (RegisterSheet.Row row : rows) {
            Reading reading = new Reading(row);
            RegisterEntry entry = reading.entry();
            if (entry != null) {
                Integer earlier = firstRowOfNumber.putIfAbsent(entry.number(), row.number());
                if (earlier != null) {
                    reading.problem(RegisterField.NUMBER, "DUPLICATE_NUMBER", "编号“" + entry.number() + "”与第"
                            + earlier + "行相同；一件申请只占一行");
                }
            }
            checked.add(new Checked(row.number(), reading.problems.isEmpty() ? Optional.ofNullable(entry)
                    : Optional.empty(), List.copyOf(reading.problems)));
        }
        return checked;
    }

    /** An application's identifier from its register number: the number itself where it is plain ASCII. */
    static ApplicationId applicationId(String number) {
        try {
            return new ApplicationId(number);
        } catch (IllegalArgumentException notPlain) {
            return new ApplicationId("R-" + UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** One row being read: its problems so far. */
    private final class Reading {

        private final RegisterSheet.Row row;
        private final List<RowProblem> problems = new ArrayList<>();

        Reading(RegisterSheet.Row row) {
            this.row = row;
        }

        RegisterEntry entry() {
            String number = required(RegisterField.NUMBER, "MISSING_NUMBER", "缺少编号");
            ApplicantType type = code(RegisterField.APPLICANT_TYPE, wordings::applicantType, "UNKNOWN_APPLICANT_TYPE",
                    "应为" + String.join("、", Wordings.applicantTypeWordings()) + "之一");
            LocalDate received = date(RegisterField.RECEIVED_ON);
            if (received == null && problemsOf(RegisterField.RECEIVED_ON) == 0) {
                problem(RegisterField.RECEIVED_ON, "MISSING_RECEIPT_DATE", "缺少收到申请的日期");
            }
            Channel channel = code(RegisterField.CHANNEL, Wordings::channel, "UNKNOWN_CHANNEL",
                    "应为当面、邮寄、平信、网络或传真");
            LocalDate noticed = date(RegisterField.CORRECTION_REQUESTED_ON);
            LocalDate corrected = date(RegisterField.CORRECTED_ON);
            LocalDate extended = date(RegisterField.EXTENDED_ON);
            Integer days = workingDays(extended);
            LocalDate consulted = date(RegisterField.CONSULTATION_STARTED_ON);
            LocalDate consultationEnded = date(RegisterField.CONSULTATION_ENDED_ON);
            LocalDate decided = date(RegisterField.DECIDED_ON);
            Outcome outcome = code(RegisterField.OUTCOME, wordings::outcome, "UNKNOWN_OUTCOME",
                    "不是《政府信息公开工作年度报告》表三的办理结果，也不在本机关保存的对照中");
            if (type == null && problemsOf(RegisterField.APPLICANT_TYPE) == 0) {
                problem(RegisterField.APPLICANT_TYPE, "MISSING_APPLICANT_TYPE", "缺少申请人类型");
            }
            RegisterEntry entry = new RegisterEntry(row.number(), number, number == null ? null
                    : applicationId(number), type, received, channel, noticed, corrected, extended, days, consulted,
                    consultationEnded, decided, outcome);
            if (received != null) {
                checkOrder(entry);
            }
            return problems.isEmpty() ? entry : null;
        }

        private void checkOrder(RegisterEntry e) {
            notBefore(RegisterField.CORRECTION_REQUESTED_ON, e.correctionRequestedOn(), RegisterField.RECEIVED_ON,
                    e.receivedOn(), "NOTICE_BEFORE_RECEIPT");
            notBefore(RegisterField.EXTENDED_ON, e.extendedOn(), RegisterField.RECEIVED_ON, e.receivedOn(),
                    "EXTENSION_BEFORE_RECEIPT");
            notBefore(RegisterField.CONSULTATION_STARTED_ON, e.consultationStartedOn(), RegisterField.RECEIVED_ON,
                    e.receivedOn(), "CONSULTATION_BEFORE_RECEIPT");
            notBefore(RegisterField.DECIDED_ON, e.decidedOn(), RegisterField.RECEIVED_ON, e.receivedOn(),
                    "DECIDED_BEFORE_RECEIPT");
            if (e.correctedOn() != null && e.correctionRequestedOn() == null) {
                problem(RegisterField.CORRECTED_ON, "CORRECTION_WITHOUT_NOTICE", "有补正日期却没有补正通知日期");
            }
            notBefore(RegisterField.CORRECTED_ON, e.correctedOn(), RegisterField.CORRECTION_REQUESTED_ON,
                    e.correctionRequestedOn(), "CORRECTED_BEFORE_NOTICE");
            notBefore(RegisterField.DECIDED_ON, e.decidedOn(), RegisterField.CORRECTED_ON, e.correctedOn(),
                    "DECIDED_BEFORE_CORRECTION");
            if (e.consultationEndedOn() != null && e.consultationStartedOn() == null) {
                problem(RegisterField.CONSULTATION_ENDED_ON, "CONSULTATION_END_WITHOUT_START",
                        "有征求意见结束日期却没有征求意见日期");
            }
            notBefore(RegisterField.CONSULTATION_ENDED_ON, e.consultationEndedOn(),
                    RegisterField.CONSULTATION_STARTED_ON, e.consultationStartedOn(), "CONSULTATION_END_BEFORE_START");
            checkDecision(e);
        }

        private void checkDecision(RegisterEntry e) {
            if (e.decidedOn() != null && e.outcome() == null && problemsOf(RegisterField.OUTCOME) == 0) {
                problem(RegisterField.OUTCOME, "DECISION_WITHOUT_OUTCOME", "有答复日期却没有办理结果");
            }
            if (e.outcome() == null) {
                return;
            }
            if (e.decidedOn() == null && problemsOf(RegisterField.DECIDED_ON) == 0) {
                problem(RegisterField.DECIDED_ON, "OUTCOME_WITHOUT_DECISION_DATE", "有办理结果却没有答复日期");
            }
            if (e.outcome() == Outcome.OTHER_NO_CORRECTION && e.correctionRequestedOn() == null) {
                problem(RegisterField.OUTCOME, "NO_CORRECTION_WITHOUT_NOTICE",
                        "办理结果为逾期不补正，但本行没有补正通知日期：未通知补正，不能视为放弃申请");
            }
            boolean correctionPending = e.correctionRequestedOn() != null && e.correctedOn() == null;
            if (correctionPending && !e.outcome().closesPendingCorrection()) {
                problem(RegisterField.OUTCOME, "CORRECTION_PENDING", "已通知补正而未补正，只能以“逾期不补正”或“其他”"
                        + "办结，不能答复为“" + Wordings.nationalWording(e.outcome()) + "”");
            }
            if (e.outcome() == Outcome.OTHER_FEE_UNPAID) {
                problem(RegisterField.OUTCOME, "FEE_UNPAID_WITHOUT_NOTICE", "台账没有收费通知，不能以逾期未缴费办结；"
                        + "收费通知请通过事件接口 " + EventTypes.PROCESSING_FEE_CHARGED + " 记录");
            }
        }

        private void notBefore(RegisterField later, LocalDate date, RegisterField earlier, LocalDate earliest,
                               String rule) {
            if (date != null && earliest != null && date.isBefore(earliest)) {
                problem(later, rule, layout.heading(later) + date + "早于" + layout.heading(earlier) + earliest);
            }
        }

        private Integer workingDays(LocalDate extended) {
            String text = cell(RegisterField.EXTENSION_WORKING_DAYS);
            if (text.isEmpty()) {
                return extended == null ? null : DEFAULT_EXTENSION_DAYS;
            }
            if (extended == null) {
                problem(RegisterField.EXTENSION_WORKING_DAYS, "EXTENSION_DAYS_WITHOUT_DATE", "有延期工作日却没有延期日期");
                return null;
            }
            try {
                int days = Integer.parseInt(text.replaceAll("(个)?工作日|天$", ""));
                if (days >= 1 && days <= ApplicationExtended.MAX_WORKING_DAYS) {
                    return days;
                }
            } catch (NumberFormatException notNumber) {
                // answered below: the same words for a number out of range
            }
            problem(RegisterField.EXTENSION_WORKING_DAYS, "BAD_WORKING_DAYS", "“" + text + "”不是1至"
                    + ApplicationExtended.MAX_WORKING_DAYS + "之间的工作日数（延期最长20个工作日）");
            return null;
        }

        private String required(RegisterField field, String rule, String detail) {
            String text = cell(field);
            if (text.isEmpty()) {
                problem(field, rule, detail);
                return null;
            }
            return text;
        }

        private <T> T code(RegisterField field, Function<String, Optional<T>> read, String rule, String expected) {
            String text = cell(field);
            if (text.isEmpty()) {
                return null;
            }
            Optional<T> code = read.apply(text);
            if (code.isEmpty()) {
                problem(field, rule, "无法识别“" + text + "”：" + expected);
            }
            return code.orElse(null);
        }

        private LocalDate date(RegisterField field) {
            String text = cell(field);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = parsedDate(text);
            if (date == null) {
                problem(field, "BAD_DATE", "“" + text + "”不是日期（应写作2025-01-13、2025/1/13或2025年1月13日）");
            } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problem(field, "DATE_OUT_OF_RANGE", date + "不在" + EARLIEST + "至" + LATEST + "之间");
            } else if (date.isAfter(today)) {
                problem(field, "FUTURE_DATE", date + "晚于今天（" + today + "）");
            } else {
                return date;
            }
            return null;
        }

        private String cell(RegisterField field) {
            return layout.column(field).map(row::cell).map(String::strip).orElse("");
        }

        private long problemsOf(RegisterField field) {
            String letter = layout.letter(field);
            return problems.stream().filter(p -> p.column().equals(letter)).count();
        }

        void problem(RegisterField field, String rule, String detail) {
            problems.add(RowProblem.of(row.number(), layout.letter(field), layout.heading(field), rule, false, detail));
        }
    }

    static LocalDate parsedDate(String text) {
        try {
            Matcher full = DATE.matcher(text);
            if (full.matches()) {
                return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
            }
            Matcher compact = COMPACT_DATE.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            if (SERIAL.matcher(text).matches()) {
                return DateUtil.getLocalDateTime(Double.parseDouble(text)).toLocalDate();
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        return null;
    }
}
