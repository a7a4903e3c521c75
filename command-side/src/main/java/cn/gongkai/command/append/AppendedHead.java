package cn.gongkai.command.append;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest position a unit of work's appends drew, kept on the unit of work by the store as it appends, so that
 * the request can answer its position without reading it back.
 */
final class AppendedHead {

    private static final String RESOURCE = AppendedHead.class.getName();
    static final long NONE = -1;

    private AppendedHead() {
    }

    /** Called by the store under the append lock, once the positions of the events it appended are known. */
    static void record(long position) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().<AtomicLong>getOrComputeResource(RESOURCE, key -> new AtomicLong(NONE))
                    .accumulateAndGet(position, Math::max);
        }
    }

    /** The highest position the unit of work appended, or {@link #NONE}. */
    static long of(UnitOfWork<?> unitOfWork) {
        AtomicLong head = unitOfWork.getResource(RESOURCE);
        return head == null ? NONE : head.get();
    }
}
