package cn.gongkai.command.ingest;

import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.rules.OrganCommand;

import java.util.Optional;

/**
 * Who may write what: a sender writes the facts of the organs its scope names, and only an administrator registers
 * organs. Judged on every event of a request before anything is read from the store.
 */
final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The refusal of an event its sender may not write, if it is one. */
    static Optional<EventRefusal> refusalOf(TranslatedEvent item, WriteScope scope) {
        CloudEvent event = item.event();
        if (item.command() instanceof RegisterOrgan registration && !scope.mayRegisterOrgans()) {
            return Optional.of(EventRefusal.of(event, "ADMINISTRATOR_ONLY", RefusalKind.FORBIDDEN, "type",
                    "only an administrator registers organs; " + scope.sender() + " may not register "
                            + registration.organ()));
        }
        if (item.command() instanceof OrganCommand organCommand
                && !scope.mayWriteOrgan().test(organCommand.organ().value())) {
            return Optional.of(EventRefusal.of(event, "ORGAN_NOT_PERMITTED", RefusalKind.FORBIDDEN, "data.organ",
                    scope.sender() + " may not write the facts of organ " + organCommand.organ()));
        }
        return Optional.empty();
    }
}
