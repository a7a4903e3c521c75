package cn.gongkai.query.projection.rebuild;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the payload of an event row read by a rebuild (columns 3, 4 and 5: its type, revision and bytes) with
 * Axon's serializer, naming each type once rather than once a row.
 */
final class EventDecoder {

    private final Serializer serializer;
    private final Map<String, SerializedType> types = new HashMap<>();

    EventDecoder(Serializer serializer) {
        this.serializer = serializer;
    }

    Object payload(ResultSet rs) throws SQLException {
        String name = rs.getString(3);
        String revision = rs.getString(4);
        SerializedType type = types.computeIfAbsent(name + '\u0000' + revision,
                key -> new SimpleSerializedType(name, revision));
        return serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(5), byte[].class, type));
    }
}
