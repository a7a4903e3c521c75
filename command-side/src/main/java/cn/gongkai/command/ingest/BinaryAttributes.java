package cn.gongkai.command.ingest;

import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventWriter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes of a binary-mode message as the SDK's reader finds them in its headers, unchecked: what Gongkai
 * names when the SDK refuses to make an event of them.
 */
final class BinaryAttributes implements CloudEventWriter<Map<String, String>> {

    private final Map<String, String> attributes = new LinkedHashMap<>();

    BinaryAttributes(SpecVersion version) {
        attributes.put("specversion", version.toString());
    }

    @Override
    public CloudEventContextWriter withContextAttribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    @Override
    public Map<String, String> end(CloudEventData data) {
        return attributes;
    }

    @Override
    public Map<String, String> end() {
        return attributes;
    }
}
