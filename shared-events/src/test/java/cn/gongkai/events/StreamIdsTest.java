package cn.gongkai.events;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stream identifiers are built as stored events have them, and parsed back by the same grammar. */
class StreamIdsTest {

    private static final OrganId JULU = OrganId.of("julu");

    @Test
    void identifiers_are_built_as_the_stored_events_have_them() {
        assertThat(StreamIds.organ(JULU)).isEqualTo("organ:julu");
        assertThat(StreamIds.application(JULU, ApplicationId.of("A-1"))).isEqualTo("application:julu/A-1");
        assertThat(StreamIds.legalCase(JULU, CaseKind.REVIEW, CaseId.of("R-1"))).isEqualTo("review:julu/R-1");
        assertThat(StreamIds.document(JULU, DocumentId.of("D-1"))).isEqualTo("document:julu/D-1");
        assertThat(StreamIds.documentStock(JULU, DocumentKind.values()[0]))
                .isEqualTo("stock:julu/" + DocumentKind.values()[0].name());
        assertThat(StreamIds.recordedFact(StreamIds.FEE, JULU, "F-1")).isEqualTo("fee:julu/F-1");
        assertThat(StreamIds.publication(JULU, ReportingYear.of(2025), "self"))
                .isEqualTo("publication:julu/2025/self");
        assertThat(StreamIds.narrative(JULU, ReportingYear.of(2025), NarrativeSection.values()[0]))
                .isEqualTo("narrative:julu/2025/" + NarrativeSection.values()[0].name());
    }

    @Test
    void a_built_identifier_parses_back_to_its_kind_organ_and_own_identifier() {
        // given an application whose own identifier holds the grammar's separators
        String stream = StreamIds.application(JULU, ApplicationId.of("2025/A:1"));

        // then
        assertThat(StreamIds.kindOf(stream)).isEqualTo(StreamIds.APPLICATION);
        assertThat(StreamIds.isOfKind(stream, StreamIds.APPLICATION)).isTrue();
        assertThat(StreamIds.organOf(stream)).isEqualTo("julu");
        assertThat(StreamIds.ownIdOf(stream)).isEqualTo("2025/A:1");
    }

    @Test
    void a_registration_names_its_organ_and_no_own_identifier() {
        assertThat(StreamIds.organOf(StreamIds.organ(JULU))).isEqualTo("julu");
        assertThat(StreamIds.ownIdOf(StreamIds.organ(JULU))).isNull();
        assertThat(StreamIds.isOfKind(StreamIds.organ(JULU), StreamIds.ORGAN)).isTrue();
    }

    @Test
    void an_identifier_outside_the_grammar_names_no_organ() {
        assertThat(StreamIds.organOf("0f6c0a7e-4b6e-4c1c-9a59-2f0c5b1d7e11")).isNull();
        assertThat(StreamIds.organOf("application:julu")).isNull();
        assertThat(StreamIds.kindOf("no-kind")).isNull();
    }

    @Test
    void an_organ_code_is_matched_exactly_not_as_a_prefix() {
        assertThat(StreamIds.belongsTo("application:julu/A-1", List.of("julu"))).isTrue();
        assertThat(StreamIds.belongsTo("organ:julu", List.of("julu"))).isTrue();
        assertThat(StreamIds.belongsTo("application:xjulu/A-1", List.of("julu"))).isFalse();
        assertThat(StreamIds.belongsTo("organ:julux", List.of("julu"))).isFalse();
        assertThat(StreamIds.isOfKind("organization:julu/1", StreamIds.ORGAN)).isFalse();
    }

    @Test
    void the_sql_parse_is_the_expression_the_store_indexes() {
        assertThat(StreamIds.organInSql("aggregateIdentifier"))
                .isEqualTo("split_part(split_part(aggregateIdentifier, ':', 2), '/', 1)");
        assertThat(StreamIds.likeStreamsOf("julu")).isEqualTo("%:julu/%");
    }
}
