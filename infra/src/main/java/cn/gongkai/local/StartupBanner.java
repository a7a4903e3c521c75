package cn.gongkai.local;

import cn.gongkai.security.LandingPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Tells the person who started Gongkai where to find it: the service, and the sample year's dashboard and report
 * when one is loaded (the bootstrap token's printed link lands on that dashboard too).
 */
@Component
public class StartupBanner implements LandingPage {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Optional<SampleYear> sample;

    public StartupBanner(@Value("${gongkai.sample:none}") String sample) {
        this.sample = SampleYear.named(sample);
    }

    @Override
    public String path() {
        return sample.map(SampleYear::dashboardPath).orElse("/");
    }

    @EventListener
    public void ready(ApplicationReadyEvent ready) {
        Environment env = ready.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        if (sample.isEmpty()) {
            log.info("Gongkai is running at {}/ — organs: {}/api/v1/organs", base, base);
            return;
        }
        log.info("Gongkai is running at {}/ — sample year {}: dashboard {}{} — report {}{}", base,
                sample.get().sampleName(), base, sample.get().dashboardPath(), base, sample.get().reportPath());
    }
}
