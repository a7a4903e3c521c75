-- Axon's relational event store (JdbcEventStorageEngine), token store and snapshot table.
-- Events are append-only: nothing in Gongkai updates or deletes a row of domainevententry.
create table domainevententry (
    globalIndex        bigserial    not null,
    eventIdentifier    varchar(255) not null,
    metaData           bytea,
    payload            bytea        not null,
    payloadRevision    varchar(255),
    payloadType        varchar(255) not null,
    timeStamp          varchar(255) not null,
    aggregateIdentifier varchar(255) not null,
    sequenceNumber     bigint       not null,
    type               varchar(255),
    primary key (globalIndex),
    unique (aggregateIdentifier, sequenceNumber),
    unique (eventIdentifier)
);

create table snapshotevententry (
    aggregateIdentifier varchar(255) not null,
    sequenceNumber     bigint       not null,
    type               varchar(255) not null,
    eventIdentifier    varchar(255) not null,
    metaData           bytea,
    payload            bytea        not null,
    payloadRevision    varchar(255),
    payloadType        varchar(255) not null,
    timeStamp          varchar(255) not null,
    primary key (aggregateIdentifier, sequenceNumber),
    unique (eventIdentifier)
);

create table if not exists tokenentry (
    processorName varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokenType     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorName, segment)
);

-- Every CloudEvent ever ingested, keyed by (source, id): the persisted idempotency key.
create table ingested_cloud_event (
    source         varchar(512) not null,
    id             varchar(256) not null,
    content_digest char(64)     not null,
    type           varchar(128) not null,
    recorded_at    timestamp    not null,
    primary key (source, id)
);
