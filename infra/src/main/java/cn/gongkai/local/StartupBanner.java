package cn.gongkai.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started Gongkai where to find it. */
@Component
public class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    public void ready(ApplicationReadyEvent ready) {
        Environment env = ready.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        log.info("Gongkai is running at {}/ — organs: {}/api/v1/organs — sample report: "
                + "{}/api/v1/organs/julu-county-government-office/reports/2025", base, base, base);
    }
}
