package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationDecided;

/**
 * What the decider knows of an application, as the phase of its life: not received, open, or decided. Each phase
 * holds the application's events so far ({@link ApplicationHistory}), and the phase follows from them.
 */
public sealed interface ApplicationState {

    ApplicationState NOT_RECEIVED = new NotReceived(ApplicationHistory.EMPTY);

    ApplicationHistory history();

    /** The phase these events leave an application in. */
    static ApplicationState of(ApplicationHistory history) {
        if (history.receipt() == null) {
            return new NotReceived(history);
        }
        ApplicationDecided decision = history.decision();
        return decision == null ? new Open(history) : new Decided(history, decision);
    }

    /** No receipt recorded: every command but a receipt is refused. */
    record NotReceived(ApplicationHistory history) implements ApplicationState {
    }

    /** Received, not yet decided. */
    record Open(ApplicationHistory history) implements ApplicationState {
    }

    /** Closed by its one decision; only a category correction, the year-end record and known facts still pass. */
    record Decided(ApplicationHistory history, ApplicationDecided decision) implements ApplicationState {
    }
}
