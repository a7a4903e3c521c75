package cn.gongkai.local;

import cn.gongkai.command.CommandSideApplication;
import cn.gongkai.query.QuerySideApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The embedded default: command side and query side in one JVM, on an H2 file database, with the in-process event
 * store as the query side's stream. {@code --spring.profiles.active=postgres} runs it on PostgreSQL instead.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"cn.gongkai.command", "cn.gongkai.query", "cn.gongkai.local"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class GongkaiLocalApplication {

    /** Configuration files, read in this order; later ones win. */
    public static final String CONFIG_NAMES = "spring.config.name=command-side,query-side,gongkai-local";

    public static void main(String[] args) {
        // A government's books do not phone home: Axon's update check stays off unless explicitly enabled.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(CONFIG_NAMES)
                .run(args);
    }
}
