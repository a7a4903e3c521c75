package cn.gongkai.command.append;

import java.util.List;

/**
 * A table the write path keeps in the same transaction as the events it appends (the application registry), written
 * just before them: when the transaction commits, the table and the event store agree, and when it rolls back,
 * neither holds the batch. The append path owns this port; the feature that keeps the table implements it.
 */
public interface WrittenWithEvents {

    /** Records what these event payloads change; payloads that change nothing here are passed over. */
    void record(List<?> payloads);
}
