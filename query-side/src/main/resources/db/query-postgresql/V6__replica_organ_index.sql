-- PostgreSQL only, distributed mode: the same organ index as the command side's event store, on the copy of it.
create index replicatedevent_organ on replicatedevent
    ((split_part(split_part(aggregateIdentifier, ':', 2), '/', 1)), globalIndex);
