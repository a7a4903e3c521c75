package cn.gongkai.command.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event's content digest, as the ingestion ledger keeps it for every (source, id): the SHA-256 of its type and
 * data as JSON with every object's keys sorted. Whatever brings an event (a request, a Kafka record, a register
 * row), the same content has the same digest, so a resend is a duplicate and other content under the key a conflict.
 */
public final class ContentDigest {

    private final ObjectMapper json;
    private final ObjectMapper canonical;

    public ContentDigest(ObjectMapper json) {
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    public String of(String type, JsonNode data) {
        try {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("type", type);
            content.put("data", json.treeToValue(data, Map.class));
            byte[] bytes = canonical.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest an event's content", e);
        }
    }
}
