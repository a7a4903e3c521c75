package cn.gongkai.query.projection.rebuild;

/** Where a rebuild sends the rows it has folded: one row of one table, in the table's columns' order. */
@FunctionalInterface
interface RowSink {

    void row(String table, Object[] row);
}
