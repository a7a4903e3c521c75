package cn.gongkai.command.ingest;

/**
 * Where a bulk request (a back-fill, a register's load) yields to what reads the events it appends. On its own the
 * command side has nothing to yield to ({@link #NONE}); the embedded service, whose statistics processor shares the
 * JVM and the cores with ingestion, holds a bulk append back while the live tables are too far behind, so that the
 * events a department records one by one show in the dashboards within a fraction of a second even during a load.
 */
public interface BulkPacing {

    /** Nothing to yield to: every append goes ahead at once. */
    BulkPacing NONE = new BulkPacing() {
        @Override
        public void beforeAppending(int events) {
        }

        @Override
        public void appended(long head) {
        }
    };

    /** Called before a request of this many events is appended, outside any transaction; may wait, never refuses. */
    void beforeAppending(int events);

    /** A request's events were appended and committed, the highest at this position. */
    void appended(long head);
}
