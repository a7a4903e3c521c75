package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.CloudEvent;
import cn.gongkai.command.ingest.EventRefusal;
import cn.gongkai.command.ingest.ParsedRequest;
import cn.gongkai.command.ingest.WriteScope;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The sending systems allowed to publish to the ingestion topic, each with the organs it writes for. Kafka carries
 * no credential, so the record's CloudEvent {@code source} stands in for one: the broker's own ACLs decide who may
 * produce to the topic, and this registry decides what a producer may say.
 */
final class SourceRegistry {

    private final Map<String, Set<String>> organsBySource;

    SourceRegistry(Map<String, Set<String>> organsBySource) {
        this.organsBySource = Map.copyOf(organsBySource);
    }

    /** The write scope of a record's events, or why the record is not authorised at all. */
    Scope scopeOf(ParsedRequest request) {
        Set<String> sources = new TreeSet<>();
        Stream.concat(request.events().stream().map(CloudEvent::source),
                        request.refusals().stream().map(EventRefusal::source))
                .filter(Objects::nonNull).forEach(sources::add);
        if (sources.size() > 1) {
            return Scope.refused("one record carries events of one source; this one names " + sources);
        }
        if (sources.isEmpty()) {
            return Scope.refused("the record names no source");
        }
        String source = sources.iterator().next();
        Set<String> organs = organsBySource.get(source);
        if (organs == null) {
            return Scope.refused("source '" + source + "' is not registered to publish to the ingestion topic "
                    + "(gongkai.kafka.ingest.sources)");
        }
        return new Scope(source, WriteScope.ofSource(source, organs), null);
    }

    /** The registered source a record's events come from and what it may write, or why it may write nothing. */
    record Scope(String source, WriteScope writeScope, String refusal) {
        static Scope refused(String why) {
            return new Scope(null, null, why);
        }
    }
}
