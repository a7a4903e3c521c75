package cn.gongkai.local;

import cn.gongkai.command.narrative.PublishReport;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.query.report.ReportPublisher;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The query side's publications, sent to the command side running in the same process as a command. */
@Component
class CommandSideReportPublisher implements ReportPublisher {

    /** The source of the publications' events: the publication endpoint, not a department. */
    static final String SOURCE = "urn:gongkai:publication";

    private final CommandGateway commands;

    CommandSideReportPublisher(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void publish(Publication publication) {
        PublishReport command = new PublishReport(publication.organ(), publication.year(), publication.scope(),
                publication.publishedOn(), publication.position(), publication.digest(), publication.figures());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(origin(publication)
                    .metaData()));
        } catch (NoHandlerForCommandException absent) {
            throw new CommandSideAbsent(absent);
        }
    }

    /** Named by what it froze: the same report at the same position is the same publication. */
    private static EventOrigin origin(Publication publication) {
        return new EventOrigin(SOURCE, publication.organ().value() + "/" + publication.year() + "/"
                + publication.scope() + "/" + publication.position(), EventTypes.REPORT_PUBLISHED);
    }
}
