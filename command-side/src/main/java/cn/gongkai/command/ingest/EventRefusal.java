package cn.gongkai.command.ingest;

/**
 * One refused event of a request: its place in the batch, its key when it had one, the rule it broke, the field
 * at fault (a JSON path such as {@code data.receivedOn}, or null) and what is wrong.
 */
public record EventRefusal(int index, String source, String id, String rule, RefusalKind kind, String field,
                           String detail) {
}
