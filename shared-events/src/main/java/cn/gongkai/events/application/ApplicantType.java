package cn.gongkai.events.application;

/** The applicant columns of table 三, in the national table's order. */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** The column heading as the national format prints it. */
    public String label() {
        return label;
    }
}
