package cn.gongkai.query.organ;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads the organ directory. */
@Repository
public class OrganRepository {

    private final JdbcTemplate jdbc;

    public OrganRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organ> all() {
        return jdbc.query("select organ, name, parent from organ order by organ",
                (rs, i) -> new Organ(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Organ> find(String organ) {
        return jdbc.query("select organ, name, parent from organ where organ = ?",
                (rs, i) -> new Organ(rs.getString(1), rs.getString(2), rs.getString(3)), organ).stream().findFirst();
    }
}
