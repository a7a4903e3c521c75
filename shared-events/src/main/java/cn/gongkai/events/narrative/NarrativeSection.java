package cn.gongkai.events.narrative;

/** The report's sections of prose, written by the disclosure office for an organ and year. */
public enum NarrativeSection {
    OVERVIEW("一、总体情况"),
    PROBLEMS_AND_IMPROVEMENTS("五、存在的主要问题及改进情况"),
    OTHER_MATTERS("六、其他需要报告的事项");

    private final String heading;

    NarrativeSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
