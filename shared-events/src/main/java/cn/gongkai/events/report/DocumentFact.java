package cn.gongkai.events.report;

import cn.gongkai.events.proactive.DocumentKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as table 二 needs it. {@code issuedOn} is null for a document of the opening stock that Gongkai
 * only saw repealed; {@code repealedOn} is null while it is in force.
 */
public record DocumentFact(DocumentKind kind, LocalDate issuedOn, LocalDate repealedOn) {

    public DocumentFact {
        Objects.requireNonNull(kind, "kind");
    }
}
