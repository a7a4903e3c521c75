package cn.gongkai.command.register;

import cn.gongkai.events.organ.OrganId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The organs' saved register mappings, by organ and name. */
@Repository
public class RegisterMappings {

    /** A mapping's name is part of a URL and a query parameter: plain ASCII. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public RegisterMappings(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void save(OrganId organ, String name, RegisterMapping mapping) {
        String text = write(mapping);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update register_mapping set mapping = ?, saved_at = ? where organ = ? and name = ?",
                text, now, organ.value(), name);
        if (updated == 0) {
            jdbc.update("insert into register_mapping (organ, name, mapping, saved_at) values (?, ?, ?, ?)",
                    organ.value(), name, text, now);
        }
    }

    public Optional<RegisterMapping> find(OrganId organ, String name) {
        List<String> found = jdbc.queryForList("select mapping from register_mapping where organ = ? and name = ?",
                String.class, organ.value(), name);
        return found.stream().findFirst().map(this::read);
    }

    private String write(RegisterMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a register mapping as JSON", e);
        }
    }

    private RegisterMapping read(String text) {
        try {
            return json.readValue(text, RegisterMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved register mapping is not readable: " + e.getMessage(), e);
        }
    }
}
