package cn.gongkai.events.report;

import cn.gongkai.events.application.ApplicantType;

import java.util.Optional;

/** The columns of table 三: the six applicant categories and their 总计. */
public enum ApplicationColumn {
    NATURAL_PERSON(ApplicantType.NATURAL_PERSON),
    COMMERCIAL_ENTERPRISE(ApplicantType.COMMERCIAL_ENTERPRISE),
    RESEARCH_INSTITUTION(ApplicantType.RESEARCH_INSTITUTION),
    PUBLIC_WELFARE_ORGANIZATION(ApplicantType.PUBLIC_WELFARE_ORGANIZATION),
    LEGAL_SERVICE_INSTITUTION(ApplicantType.LEGAL_SERVICE_INSTITUTION),
    OTHER_ORGANIZATION(ApplicantType.OTHER_ORGANIZATION),
    TOTAL(null);

    /** The heading over the five organisation columns. */
    public static final String ORGANISATIONS_HEADING = "法人或其他组织";

    private final ApplicantType applicantType;

    ApplicationColumn(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public Optional<ApplicantType> applicantType() {
        return Optional.ofNullable(applicantType);
    }

    public String label() {
        return applicantType == null ? "总计" : applicantType.label();
    }

    public static ApplicationColumn of(ApplicantType type) {
        return valueOf(type.name());
    }
}
