package cn.gongkai.command.ingest;

import cn.gongkai.command.rules.RuleViolation;

/**
 * One refused event of a request: its place in the batch, its key when it had one, the rule it broke, the field
 * at fault (a JSON path such as {@code data.receivedOn}, or null) and what is wrong.
 */
public record EventRefusal(int index, String source, String id, String rule, RefusalKind kind, String field,
                           String detail) {

    /** The refusal of this event of the request. */
    static EventRefusal of(CloudEvent event, String rule, RefusalKind kind, String field, String detail) {
        return new EventRefusal(event.index(), event.source(), event.id(), rule, kind, field, detail);
    }

    /** The refusal of an event whose command broke a business rule: a conflict or invalid, as the rule says. */
    static EventRefusal of(CloudEvent event, RuleViolation violation) {
        return of(event, violation.rule(), violation.conflict() ? RefusalKind.CONFLICT : RefusalKind.INVALID, null,
                violation.getMessage());
    }

    /** The refusal of an event that cannot be read or names what does not exist. */
    static EventRefusal of(CloudEvent event, InvalidEvent invalid) {
        return of(event, invalid.rule(), RefusalKind.INVALID, invalid.field(), invalid.getMessage());
    }
}
