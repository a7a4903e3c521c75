package cn.gongkai.platform;

import cn.gongkai.events.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;

/** What both sides run on, declared once: the clock and the working-day calendars. */
@AutoConfiguration
public class PlatformAutoConfiguration {

    /** The shipped working-day calendars, each year replaceable by a file cn-YYYY.txt in gongkai.calendar.dir. */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar workingCalendar(@Value("${gongkai.calendar.dir:}") String directory) {
        return WorkingCalendar.load(directory.isBlank() ? null : Path.of(directory));
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
