package cn.gongkai.local;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.OutcomeGroup;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A county bureau's register as it keeps it, generated: a title row, its own headings, its own words for outcomes and
 * applicant types (and the national ones, numbered or not), dates typed in several ways, over 2024 and 2025, some
 * applications still open. The oracle counts its applications table by the counting rules, independently of Gongkai.
 */
final class GeneratedRegister {

    static final int YEAR = 2025;
    static final int FIRST_DATA_ROW = 3;
    /** The bureau's headings, as its saved mapping names them; 申请人姓名 and 经办人 are never read. */
    static final String MAPPING = """
            {"headings": {"流水号": "NUMBER", "申请主体": "APPLICANT_TYPE", "登记日期": "RECEIVED_ON",
                          "通知补正": "CORRECTION_REQUESTED_ON", "补正到达": "CORRECTED_ON", "延期时间": "EXTENDED_ON",
                          "办结时间": "DECIDED_ON", "结果": "OUTCOME", "经办人": "NOTE"},
             "outcomes": {"已提供": "DISCLOSED", "转信访渠道": "NOT_PROCESSED_COMPLAINT"},
             "applicantTypes": {"社会团体": "PUBLIC_WELFARE_ORGANIZATION"}}
            """;
    static final List<String> HEADINGS = List.of("流水号", "申请主体", "申请人姓名", "登记日期", "通知补正", "补正到达",
            "延期时间", "办结时间", "结果", "经办人");
    static final String RECEIVED = "D";
    static final String DECIDED = "H";
    static final String OUTCOME = "I";
    static final String APPLICANT = "B";

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final int DAYS = 579;
    private static final Map<ApplicantType, List<String>> TYPE_WORDS = new EnumMap<>(Map.of(
            ApplicantType.NATURAL_PERSON, List.of("公民", "自然人", "个人"),
            ApplicantType.COMMERCIAL_ENTERPRISE, List.of("企业", "商业企业"),
            ApplicantType.RESEARCH_INSTITUTION, List.of("科研机构"),
            ApplicantType.PUBLIC_WELFARE_ORGANIZATION, List.of("社会团体"),
            ApplicantType.LEGAL_SERVICE_INSTITUTION, List.of("律师事务所", "法律服务机构"),
            ApplicantType.OTHER_ORGANIZATION, List.of("其他")));
    private static final Map<Outcome, List<String>> OUTCOME_WORDS = new EnumMap<>(Map.of(
            Outcome.DISCLOSED, List.of("同意公开", "已提供", "予以公开", "（一）予以公开"),
            Outcome.PARTIALLY_DISCLOSED, List.of("部分公开（区分处理）", "部分公开"),
            Outcome.UNAVAILABLE_NOT_HELD, List.of("信息不存在", "无法提供—本机关不掌握相关政府信息"),
            Outcome.NOT_PROCESSED_COMPLAINT, List.of("转信访渠道", "信访举报投诉类申请"),
            Outcome.OTHER_NO_CORRECTION, List.of("逾期不补正", "视为放弃申请"),
            Outcome.OTHER, List.of("申请人撤回", "其他处理—其他")));
    private static final Map<OutcomeGroup, String> GROUP_WORDS = Map.of(OutcomeGroup.WITHHELD, "不予公开",
            OutcomeGroup.UNAVAILABLE, "无法提供", OutcomeGroup.NOT_PROCESSED, "不予处理", OutcomeGroup.OTHER, "其他处理");

    /** One application as the register records it. */
    record Application(String number, ApplicantType type, String typeWords, LocalDate receivedOn, LocalDate noticeOn,
                       LocalDate correctedOn, LocalDate extendedOn, LocalDate decidedOn, Outcome outcome,
                       String outcomeWords) {

        boolean plain() {
            return decidedOn != null && noticeOn == null && extendedOn == null;
        }
    }

    /** A cell broken on purpose, and the column its one problem must name. */
    record Break(int row, String column) {
    }

    private final List<Application> applications = new ArrayList<>();
    private final Random random;

    private GeneratedRegister(long seed) {
        this.random = new Random(seed);
    }

    static GeneratedRegister generate(int rows, long seed) {
        GeneratedRegister register = new GeneratedRegister(seed);
        for (int i = 0; i < rows; i++) {
            register.applications.add(register.application(i));
        }
        return register;
    }

    List<Application> applications() {
        return applications;
    }

    static int rowOf(int index) {
        return FIRST_DATA_ROW + index;
    }

    private Application application(int i) {
        String number = String.format("GX-%05d", i + 1);
        ApplicantType type = random.nextInt(10) < 7 ? ApplicantType.NATURAL_PERSON
                : ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
        String typeWords = pick(TYPE_WORDS.get(type));
        LocalDate received = FIRST_DAY.plusDays(random.nextInt(DAYS));
        if (random.nextInt(10) == 0) {
            return new Application(number, type, typeWords, received, null, null, null, null, null, null);
        }
        Outcome outcome = random.nextInt(10) < 6 ? Outcome.DISCLOSED : Outcome.values()[random.nextInt(
                Outcome.values().length)];
        if (outcome == Outcome.OTHER_FEE_UNPAID) {
            outcome = Outcome.OTHER;
        }
        LocalDate notice = null;
        LocalDate corrected = null;
        LocalDate extended = null;
        LocalDate decided = received.plusDays(5 + random.nextInt(30));
        if (outcome == Outcome.OTHER_NO_CORRECTION) {
            notice = received.plusDays(2);
            decided = received.plusDays(25);
        } else if (random.nextInt(10) == 0) {
            notice = received.plusDays(2);
            corrected = received.plusDays(4 + random.nextInt(5));
            decided = corrected.plusDays(3 + random.nextInt(20));
        }
        if (random.nextInt(20) == 0) {
            extended = received.plusDays(1);
        }
        return new Application(number, type, typeWords, received, notice, corrected, extended, decided, outcome,
                words(outcome));
    }

    private String words(Outcome outcome) {
        List<String> own = OUTCOME_WORDS.get(outcome);
        if (own != null) {
            return pick(own);
        }
        return random.nextBoolean() ? GROUP_WORDS.get(outcome.group()) + "—" + outcome.label() : outcome.label();
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** The workbook as the bureau keeps it. */
    byte[] xlsx() {
        return xlsx(Map.of());
    }

    /**
     * The same workbook with {@code count} plain rows broken, each in one cell: a date that is no date, an outcome in
     * no one's words, a decision before the receipt, a correction lapse without a notice, an unknown applicant type.
     */
    byte[] xlsxWithBreaks(int count, List<Break> breaks) {
        Map<Integer, String[]> changed = new LinkedHashMap<>();
        List<Integer> plain = new ArrayList<>();
        for (int index = 0; index < applications.size(); index++) {
            if (applications.get(index).plain()) {
                plain.add(index);
            }
        }
        int step = plain.size() / count;
        for (int i = 0; i < count; i++) {
            int index = plain.get(i * step);
            Application application = applications.get(index);
            String[] cells = cells(application);
            switch (i % 5) {
                case 0 -> breakCell(cells, breaks, index, RECEIVED, "2025-13-45");
                case 1 -> breakCell(cells, breaks, index, OUTCOME, "莫名其妙");
                case 2 -> breakCell(cells, breaks, index, DECIDED, application.receivedOn().minusDays(3).toString());
                case 3 -> breakCell(cells, breaks, index, OUTCOME, "逾期不补正");
                default -> breakCell(cells, breaks, index, APPLICANT, "外星人");
            }
            changed.put(index, cells);
        }
        return xlsx(changed);
    }

    private static void breakCell(String[] cells, List<Break> breaks, int index, String column, String text) {
        cells[column.charAt(0) - 'A'] = text;
        breaks.add(new Break(rowOf(index), column));
    }

    private byte[] xlsx(Map<Integer, String[]> changed) {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("登记台账");
            sheet.createRow(0).createCell(0).setCellValue("某县某局政府信息公开申请登记台账（2024—2025年）");
            Row headings = sheet.createRow(1);
            for (int c = 0; c < HEADINGS.size(); c++) {
                headings.createCell(c).setCellValue(HEADINGS.get(c));
            }
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int i = 0; i < applications.size(); i++) {
                Row row = sheet.createRow(rowOf(i) - 1);
                String[] cells = changed.getOrDefault(i, cells(applications.get(i)));
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] == null) {
                        continue;
                    }
                    if (cells[c].startsWith("@")) {
                        row.createCell(c).setCellValue(LocalDate.parse(cells[c].substring(1)));
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row's cells as text; "@2025-03-05" is a date cell, other dates are typed in one of three ways. */
    private String[] cells(Application a) {
        return new String[]{a.number(), a.typeWords(), "某某", date(a.receivedOn()), date(a.noticeOn()),
                date(a.correctedOn()), date(a.extendedOn()), date(a.decidedOn()), a.outcomeWords(), "张科员"};
    }

    private String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return switch (Math.floorMod(date.hashCode(), 4)) {
            case 0 -> "@" + date;
            case 1 -> date.format(DateTimeFormatter.ofPattern("yyyy/M/d"));
            case 2 -> date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
            default -> date.toString();
        };
    }

    /** Table 三 of {@link #YEAR} by the counting rules: row code → applicant column code (and TOTAL) → count. */
    Map<String, Map<String, Long>> oracle() {
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        LocalDate last = LocalDate.of(YEAR, 12, 31);
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Application a : applications) {
            boolean decidedBefore = a.decidedOn() != null && a.decidedOn().isBefore(first);
            boolean decidedInYear = a.decidedOn() != null && !a.decidedOn().isBefore(first)
                    && !a.decidedOn().isAfter(last);
            if (!a.receivedOn().isBefore(first) && !a.receivedOn().isAfter(last)) {
                count(table, "RECEIVED", a.type());
            }
            if (a.receivedOn().isBefore(first) && !decidedBefore) {
                count(table, "CARRIED_OVER_FROM_LAST_YEAR", a.type());
            }
            if (decidedInYear) {
                count(table, a.outcome().name(), a.type());
                count(table, "RESULT_TOTAL", a.type());
            }
            if (!a.receivedOn().isAfter(last) && (a.decidedOn() == null || a.decidedOn().isAfter(last))) {
                count(table, "CARRIED_OVER_TO_NEXT_YEAR", a.type());
            }
        }
        return table;
    }

    private static void count(Map<String, Map<String, Long>> table, String row, ApplicantType type) {
        Map<String, Long> columns = table.computeIfAbsent(row, r -> new LinkedHashMap<>());
        columns.merge(type.name(), 1L, Long::sum);
        columns.merge("TOTAL", 1L, Long::sum);
    }
}
