package cn.gongkai.command.kafka;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused events topic ends the start in Spring Boot's "APPLICATION FAILED TO START" report, as the problem and
 * its remedy, rather than at the bottom of a stack trace.
 */
class EventsTopicFailureAnalyzer extends AbstractFailureAnalyzer<EventsTopicRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EventsTopicRefused cause) {
        return new FailureAnalysis(cause.problem(), cause.remedy(), cause);
    }
}
