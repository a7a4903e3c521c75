package cn.gongkai.query.projection;

/**
 * Where the query side reads events: the event store itself when the two sides share a database (the embedded
 * default), or, in distributed mode, the settled part of its copy of the events topic.
 */
public record EventTable(String name) {

    public static final EventTable STORE = new EventTable("domainevententry");
    public static final EventTable REPLICA = new EventTable("settledevent");
}
