-- Tamper evidence: a hash chain over the stream, kept beside the events. Link n is the SHA-256 (hex) of link
-- n-1 (64 zeros before the first) followed by the event's canonical line; links are appended in the order the
-- chain keeper reads the stream and never changed.
create table event_chain (
    chain_seq    bigint   not null primary key,
    global_index bigint   not null unique,
    event_id     varchar(255) not null,
    link         char(64) not null
);
