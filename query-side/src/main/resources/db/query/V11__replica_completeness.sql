-- Distributed mode: what the replica knows about positions its copy does not hold. A position with no event in the
-- command side's store (an insert that took it and rolled back) is named by the publisher's watermarks, or by the
-- store's export, and kept here as a range.
create table replica_absent (
    first_position bigint not null,
    last_position  bigint not null,
    primary key (first_position)
);

-- The highest position at or below which every position is in the copy or known to hold no event. Only the replica's
-- completeness check moves it, and only forward.
create table replica_complete (
    id       integer not null,
    position bigint  not null,
    primary key (id)
);
insert into replica_complete (id, position) values (1, 0);

-- The projections read no further than the copy is whole: below every partition's watermark, and below the first
-- position the copy lacks, so that an event copied late (from the store's export) is never skipped.
create or replace view settledevent as
select globalIndex, eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp,
       aggregateIdentifier, sequenceNumber, type
from replicatedevent
where globalIndex <= least((select coalesce(min(position), -1) from replica_watermark),
                           (select position from replica_complete where id = 1));
