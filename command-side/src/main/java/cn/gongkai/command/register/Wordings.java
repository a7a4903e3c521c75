package cn.gongkai.command.register;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.OutcomeGroup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words a register uses for codes: the national table's wordings of outcomes and applicant types, the variants
 * offices commonly write, and an organ's own ones from its mapping. Words are compared normalised: full-width forms
 * folded, blanks, quotation marks and a leading item number ("（三）", "1.") dropped, so "不予公开—1.属于国家秘密" and
 * "属于国家秘密" read alike.
 */
final class Wordings {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|[0-9]+[.、)])+");
    private static final Pattern TRAILING_REMARK = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern DASH = Pattern.compile("[—–―-]+|:");

    private static final Map<String, Outcome> OUTCOMES = outcomes();
    private static final Map<String, ApplicantType> APPLICANT_TYPES = applicantTypes();
    private static final Map<String, Channel> CHANNELS = channels();

    private final Map<String, Outcome> outcomes;
    private final Map<String, ApplicantType> applicantTypes;

    private Wordings(Map<String, Outcome> outcomes, Map<String, ApplicantType> applicantTypes) {
        this.outcomes = outcomes;
        this.applicantTypes = applicantTypes;
    }

    /** The built-in wordings with an organ's own added (its own win where both know a word). */
    static Wordings with(Map<String, Outcome> ownOutcomes, Map<String, ApplicantType> ownApplicantTypes) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>(OUTCOMES);
        ownOutcomes.forEach((words, outcome) -> outcomes.put(normalised(words), outcome));
        Map<String, ApplicantType> types = new LinkedHashMap<>(APPLICANT_TYPES);
        ownApplicantTypes.forEach((words, type) -> types.put(normalised(words), type));
        return new Wordings(outcomes, types);
    }

    Optional<Outcome> outcome(String words) {
        String key = normalised(words);
        Outcome known = outcomes.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        String[] parts = DASH.split(key);
        if (parts.length > 1) {
            return outcome(parts[parts.length - 1]);
        }
        String withoutRemark = TRAILING_REMARK.matcher(key).replaceFirst("");
        return withoutRemark.equals(key) || withoutRemark.isEmpty() ? Optional.empty() : outcome(withoutRemark);
    }

    Optional<ApplicantType> applicantType(String words) {
        return Optional.ofNullable(applicantTypes.get(normalised(words)));
    }

    static Optional<Channel> channel(String words) {
        return Optional.ofNullable(CHANNELS.get(normalised(words)));
    }

    /** The wording the blank template offers for an outcome: the national group, and its item where it has items. */
    static String nationalWording(Outcome outcome) {
        String group = groupWording(outcome.group());
        if (outcome == Outcome.DISCLOSED || outcome == Outcome.PARTIALLY_DISCLOSED) {
            return group;
        }
        return group + "—" + LEADING_NUMBER.matcher(outcome.label()).replaceFirst("");
    }

    /** "（二）部分公开（区分处理的，…）" → "部分公开". */
    static String groupWording(OutcomeGroup group) {
        String label = Normalizer.normalize(group.label(), Normalizer.Form.NFKC);
        return TRAILING_REMARK.matcher(LEADING_NUMBER.matcher(label).replaceFirst("")).replaceFirst("");
    }

    static List<String> nationalWordings() {
        return Arrays.stream(Outcome.values()).map(Wordings::nationalWording).toList();
    }

    static List<String> applicantTypeWordings() {
        return Arrays.stream(ApplicantType.values()).map(ApplicantType::label).toList();
    }

    static String normalised(String words) {
        String folded = Normalizer.normalize(words, Normalizer.Form.NFKC)
                .replaceAll("[\\s\"'“”‘’「」『』]", "");
        return LEADING_NUMBER.matcher(folded).replaceFirst("");
    }

    private static Map<String, Outcome> outcomes() {
        Map<String, Outcome> words = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            words.put(normalised(outcome.label()), outcome);
            words.put(normalised(nationalWording(outcome)), outcome);
        }
        words.put(normalised(Wordings.groupWording(OutcomeGroup.PARTIALLY_DISCLOSED)), Outcome.PARTIALLY_DISCLOSED);
        add(words, Outcome.DISCLOSED, "公开", "同意公开", "全部公开", "依申请公开", "已公开", "提供");
        add(words, Outcome.PARTIALLY_DISCLOSED, "区分处理", "部分提供");
        add(words, Outcome.WITHHELD_STATE_SECRET, "国家秘密", "涉密", "涉及国家秘密");
        add(words, Outcome.WITHHELD_PROHIBITED_BY_LAW, "法律行政法规禁止公开", "法律法规禁止公开");
        add(words, Outcome.WITHHELD_SECURITY_STABILITY, "危及三安全一稳定", "三安全一稳定");
        add(words, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "保护第三方合法权益", "涉及第三方合法权益", "涉及个人隐私",
                "涉及商业秘密");
        add(words, Outcome.WITHHELD_INTERNAL_AFFAIRS, "内部事务信息", "内部事务");
        add(words, Outcome.WITHHELD_PROCESS_INFORMATION, "过程性信息");
        add(words, Outcome.WITHHELD_ENFORCEMENT_FILE, "行政执法案卷");
        add(words, Outcome.WITHHELD_ADMINISTRATIVE_INQUIRY, "行政查询事项");
        add(words, Outcome.UNAVAILABLE_NOT_HELD, "本机关不掌握", "不掌握", "信息不存在", "政府信息不存在", "非本机关掌握");
        add(words, Outcome.UNAVAILABLE_NEEDS_CREATION, "需要另行制作", "需另行制作", "没有现成信息");
        add(words, Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, "补正后仍不明确", "申请内容不明确");
        add(words, Outcome.NOT_PROCESSED_COMPLAINT, "信访举报投诉", "信访类", "信访举报投诉类");
        add(words, Outcome.NOT_PROCESSED_REPEATED, "重复申请");
        add(words, Outcome.NOT_PROCESSED_PUBLICATION, "公开出版物", "要求提供公开出版物");
        add(words, Outcome.NOT_PROCESSED_EXCESSIVE, "大量反复申请", "无正当理由大量反复申请");
        add(words, Outcome.NOT_PROCESSED_CONFIRMATION, "要求确认或重新出具已获取信息");
        add(words, Outcome.OTHER_NO_CORRECTION, "逾期不补正", "逾期未补正", "视为放弃申请", "视为放弃");
        add(words, Outcome.OTHER_FEE_UNPAID, "逾期未缴费", "逾期未缴纳费用");
        add(words, Outcome.OTHER, "其他处理", "申请人撤回", "撤回申请", "撤回");
        return Map.copyOf(words);
    }

    private static Map<String, ApplicantType> applicantTypes() {
        Map<String, ApplicantType> words = new LinkedHashMap<>();
        for (ApplicantType type : ApplicantType.values()) {
            words.put(normalised(type.label()), type);
        }
        add(words, ApplicantType.NATURAL_PERSON, "公民", "个人", "自然人申请");
        add(words, ApplicantType.COMMERCIAL_ENTERPRISE, "企业", "公司");
        add(words, ApplicantType.RESEARCH_INSTITUTION, "科研院所", "高等院校");
        add(words, ApplicantType.PUBLIC_WELFARE_ORGANIZATION, "公益组织");
        add(words, ApplicantType.LEGAL_SERVICE_INSTITUTION, "律师事务所", "律所", "律师");
        add(words, ApplicantType.OTHER_ORGANIZATION, "其他组织", "其他法人或者其他组织");
        return Map.copyOf(words);
    }

    private static Map<String, Channel> channels() {
        Map<String, Channel> words = new LinkedHashMap<>();
        add(words, Channel.IN_PERSON, "当面", "当面提交", "现场", "窗口");
        add(words, Channel.POST_SIGNED, "邮寄", "挂号信", "邮政快递", "快递", "EMS");
        add(words, Channel.POST_ORDINARY, "平信", "信函");
        add(words, Channel.ONLINE, "网络", "网上", "在线", "网上申请", "电子邮件", "政府网站");
        add(words, Channel.FAX, "传真");
        return Map.copyOf(words);
    }

    private static <T> void add(Map<String, T> words, T code, String... variants) {
        for (String variant : variants) {
            words.putIfAbsent(normalised(variant), code);
        }
    }
}
