-- Distributed mode: the query side's copy of the event store, filled from the events topic (gongkai.events.v1).
-- Rows keep the command side's global index, so positions mean the same on both sides; a redelivered record finds
-- its position taken and changes nothing. Unused in the embedded default.
create table replicatedevent (
    globalIndex        bigint       not null,
    eventIdentifier    varchar(255) not null,
    metaData           bytea,
    payload            bytea        not null,
    payloadRevision    varchar(255),
    payloadType        varchar(255) not null,
    timeStamp          varchar(255) not null,
    aggregateIdentifier varchar(255) not null,
    sequenceNumber     bigint       not null,
    type               varchar(255),
    primary key (globalIndex)
);

-- Per partition of the events topic, the publisher's last watermark seen: every event at or below it that went to
-- that partition has been copied.
create table replica_watermark (
    partition_no integer not null,
    position     bigint  not null,
    primary key (partition_no)
);

-- What the projections read in distributed mode: the copied events below every partition's watermark, so that an
-- event still on its way from another partition can never be skipped.
create view settledevent as
select globalIndex, eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp,
       aggregateIdentifier, sequenceNumber, type
from replicatedevent
where globalIndex <= (select coalesce(min(position), -1) from replica_watermark);
