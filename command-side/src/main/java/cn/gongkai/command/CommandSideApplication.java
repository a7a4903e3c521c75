package cn.gongkai.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side on its own: ingestion and decisions, writing the event store. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // A government's books do not phone home: Axon's update check stays off unless explicitly enabled.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
