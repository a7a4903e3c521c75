package cn.gongkai.query.config;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** Wiring of the query side: its read-model schema, with its own history table beside the command side's. */
@Configuration
public class QuerySideConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway querySideSchema(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_history_query")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
