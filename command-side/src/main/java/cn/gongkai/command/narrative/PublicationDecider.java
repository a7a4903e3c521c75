package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.narrative.ReportPublished;

import java.time.LocalDate;
import java.util.List;

/**
 * The publications of one organ's report for one year: each freezes the figures as they stood, once the year has
 * ended. Publishing the same digest at the same position again changes nothing; a report republished after
 * restatement is a new publication, never an edit. The state is the latest publication, or null.
 */
public final class PublicationDecider implements Decider<PublishReport, ReportPublished, ReportPublished> {

    public static final PublicationDecider INSTANCE = new PublicationDecider();

    private PublicationDecider() {
    }

    @Override
    public ReportPublished initialState() {
        return null;
    }

    @Override
    public List<ReportPublished> decide(PublishReport command, ReportPublished latest, LocalDate today) {
        BusinessDates.notAfterToday("the report for " + command.year() + " of organ " + command.organ(),
                command.publishedOn(), today);
        if (!command.year().hasEndedBy(command.publishedOn())) {
            throw new RuleViolation("YEAR_NOT_ENDED", true, "the report for " + command.year()
                    + " can be published from 1 January " + (command.year().value() + 1));
        }
        if (latest != null && latest.digest().equals(command.digest()) && latest.position() == command.position()) {
            return List.of();
        }
        return List.of(new ReportPublished(command.organ(), command.year(), command.scope(), command.publishedOn(),
                command.position(), command.digest(), command.figures()));
    }

    @Override
    public ReportPublished evolve(ReportPublished latest, ReportPublished event) {
        return event;
    }
}
