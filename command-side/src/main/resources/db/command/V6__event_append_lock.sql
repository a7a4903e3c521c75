-- Appends in commit order. Every insert into domainevententry first takes the store's append lock, held until its
-- transaction ends, so global positions are drawn in the order transactions commit: a reader that sees position N
-- has seen every committed position below it, and a position burned by a rolled-back insert is a permanent hole
-- that nobody waits for. On PostgreSQL a statement trigger takes an advisory lock (V7); on H2 (embedded, one JVM)
-- the storage engine locks this row.
create table event_append_lock (
    id integer not null primary key
);
insert into event_append_lock (id) values (1);
