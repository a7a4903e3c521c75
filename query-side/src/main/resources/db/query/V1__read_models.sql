-- Read models of the query side. Each projection stores facts (one row per organ, per application), never
-- blind counters, so an event delivered twice sets the same values again.
create table if not exists tokenentry (
    processorName varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokenType     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorName, segment)
);

create table organ (
    organ         varchar(64)  not null primary key,
    name          varchar(200) not null,
    parent        varchar(64),
    last_position bigint       not null
);

create table application_fact (
    organ          varchar(64)  not null,
    application_id varchar(128) not null,
    applicant_type varchar(40)  not null,
    received_on    date         not null,
    decided_on     date,
    outcome        varchar(60),
    last_position  bigint       not null,
    primary key (organ, application_id)
);
create index application_fact_received on application_fact (organ, received_on);
create index application_fact_decided on application_fact (organ, decided_on);

-- How far each projection has read the stream: every event at or below this position is reflected.
create table projection_position (
    processor varchar(100) not null primary key,
    position  bigint       not null
);
