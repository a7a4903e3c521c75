package cn.gongkai.command.ingest;

/** An event that cannot be read as a contract event; names the field at fault. */
public class InvalidEvent extends RuntimeException {

    private final String rule;
    private final String field;

    public InvalidEvent(String rule, String field, String detail) {
        super(detail);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
