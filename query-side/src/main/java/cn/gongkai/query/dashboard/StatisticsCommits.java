package cn.gongkai.query.dashboard;

import cn.gongkai.query.projection.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices when the statistics projection in this JVM commits a batch, so the dashboard feed recomputes at once rather
 * than at its next look at the shared projection position.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
class StatisticsCommits {

    private final AtomicBoolean committed = new AtomicBoolean();

    @EventHandler
    void on(Object event) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().afterCommit(done -> committed.set(true)));
    }

    /** Whether a batch committed since the last call. */
    boolean takeCommitted() {
        return committed.getAndSet(false);
    }
}
