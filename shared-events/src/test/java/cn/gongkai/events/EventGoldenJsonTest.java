package cn.gongkai.events;

import cn.gongkai.events.application.*;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.events.proactive.*;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type's stored JSON is pinned by a golden file: changing an event's shape without an upcaster and a
 * new revision fails here. Run with {@code -Dgolden.update=true} to write the files for a new type on purpose.
 */
class EventGoldenJsonTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/events");
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final OrganId ORGAN = OrganId.of("julu-county-government-office");
    static final ApplicationId APP = ApplicationId.of("JL-YSQ-2025-001");
    static final CaseId CASE = CaseId.of("JL-FY-2025-01");
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    /** One example of every event type. */
    static final List<Object> EXAMPLES = List.of(
            new OrganRegistered(ORGAN, "巨鹿县人民政府办公室", OrganId.of("julu-county")),
            new ApplicationReceived(ORGAN, APP, ApplicantType.NATURAL_PERSON, DAY, Channel.ONLINE, "k-7f3a"),
            new ApplicantTypeCorrected(ORGAN, APP, ApplicantType.LEGAL_SERVICE_INSTITUTION, DAY.plusDays(1)),
            new CorrectionRequested(ORGAN, APP, DAY.plusDays(2)),
            new ApplicationCorrected(ORGAN, APP, DAY.plusDays(5)),
            new ApplicationExtended(ORGAN, APP, DAY.plusDays(20), 15),
            new ConsultationStarted(ORGAN, APP, DAY.plusDays(6)),
            new ConsultationEnded(ORGAN, APP, DAY.plusDays(12)),
            new DeadlineSet(ORGAN, APP, DAY.plusDays(3), DAY.plusDays(90)),
            new ApplicationDecided(ORGAN, APP, DAY.plusDays(25), Outcome.PARTIALLY_DISCLOSED),
            new ApplicationCarriedOver(ORGAN, APP, ReportingYear.of(2025)),
            new ProcessingFeeCharged(ORGAN, APP, DAY.plusDays(8), new BigDecimal("120.5")),
            new ProcessingFeePaid(ORGAN, APP, DAY.plusDays(10), new BigDecimal("120.5")),
            new ReviewFiled(ORGAN, CASE, DAY, APP),
            new ReviewConcluded(ORGAN, CASE, DAY.plusDays(60), CaseResult.UPHELD),
            new LawsuitFiled(ORGAN, CASE, DAY.plusDays(70), true, APP),
            new LawsuitConcluded(ORGAN, CASE, DAY.plusDays(150), CaseResult.OTHER),
            new DocumentIssued(ORGAN, DocumentId.of("巨政办规〔2025〕1号"), DocumentKind.NORMATIVE_DOCUMENT, DAY),
            new DocumentRepealed(ORGAN, DocumentId.of("巨政办规〔2019〕4号"), DocumentKind.NORMATIVE_DOCUMENT, DAY),
            new DocumentStockDeclared(ORGAN, DocumentKind.NORMATIVE_DOCUMENT, 68, LocalDate.of(2024, 12, 31)),
            new DecisionsRecorded(ORGAN, DecisionKind.LICENSING, DAY, 3),
            new FeeCollected(ORGAN, DAY, new BigDecimal("1500.00")),
            new NarrativeWritten(ORGAN, ReportingYear.of(2025), NarrativeSection.OVERVIEW, "全年受理申请16件。"),
            new ReportPublished(ORGAN, ReportingYear.of(2025), "self", LocalDate.of(2026, 1, 20), 63, "0".repeat(64),
                    Map.of("applications", Map.of("RECEIVED", Map.of("TOTAL", "16")))));

    @Test
    void every_event_type_has_an_example() {
        List<Class<?>> types = Stream.of(ApplicationEvent.class, CaseEvent.class, ProactiveEvent.class)
                .flatMap(sealed -> Stream.of(sealed.getPermittedSubclasses())).collect(Collectors.toList());
        types.add(OrganRegistered.class);
        types.add(NarrativeWritten.class);
        types.add(ReportPublished.class);

        assertThat(EXAMPLES.stream().map(Object::getClass).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(types);
        assertThat(EventTypes.all().keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void every_event_serializes_to_its_golden_json_and_back() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        List<String> differences = new ArrayList<>();
        for (Object event : EXAMPLES) {
            Path golden = GOLDEN.resolve(event.getClass().getSimpleName() + ".json");
            String json = JSON.writeValueAsString(event) + "\n";
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, json, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file for %s (write it with -Dgolden.update=true)",
                    event.getClass().getSimpleName()).exists();
            if (!Files.readString(golden, StandardCharsets.UTF_8).equals(json)) {
                differences.add(event.getClass().getSimpleName());
            }
            assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
        }
        assertThat(differences).as("event types whose JSON changed").isEmpty();
    }

    @Test
    void identifiers_are_plain_strings_in_json() throws IOException {
        Map<?, ?> received = JSON.readValue(JSON.writeValueAsString(EXAMPLES.get(1)), Map.class);

        assertThat(received.get("organ")).isEqualTo("julu-county-government-office");
        assertThat(received.get("receivedOn")).isEqualTo("2025-03-03");
    }
}
