package cn.gongkai.platform.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.Duration;

/**
 * The long operations of whichever side runs (the query side's projection rebuild, the command side's register
 * import, the local application's sample load), and {@code GET /api/v1/operations} to follow them.
 */
@AutoConfiguration
@Import(OperationsController.class)
public class OperationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Operations operations(ObjectProvider<Clock> clock,
                                 @Value("${gongkai.operations.log-every:PT2S}") Duration logEvery) {
        return new Operations(clock.getIfAvailable(Clock::systemUTC), logEvery);
    }
}
