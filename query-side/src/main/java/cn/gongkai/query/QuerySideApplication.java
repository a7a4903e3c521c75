package cn.gongkai.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side on its own: projections, reports and dashboards, reading the event stream. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // A government's books do not phone home: Axon's update check stays off unless explicitly enabled.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }
}
