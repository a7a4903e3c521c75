-- Checkpoints of the fold behind as-of reports. For one organ: the books folded from every one of its events at or
-- below the position (BooksCodec, in the layout it names), how many events that is, the latest moment recorded among
-- them (epoch nanoseconds), and the running SHA-256 of their canonical lines, to be resumed. An as-of report starts
-- from the latest checkpoint whose moments all lie at or before its instant and folds only the events after it.
-- Derived from the event store alone: any of them may be deleted and is written again.
create table fold_checkpoint (
    organ            varchar(64) not null,
    position         bigint      not null,
    events           bigint      not null,
    recorded_through bigint      not null,
    layout           integer     not null,
    kept_for         varchar(64),
    books            bytea       not null,
    digest_state     bytea       not null,
    primary key (organ, position)
);

-- Distributed mode: the recorded moments of the copied events, indexed as the event store's are.
create index replicatedevent_moment on replicatedevent (timeStamp);
