-- PostgreSQL only. Nothing reads an event by its identifier: a request learns its position from its own append, the
-- Kafka publisher reads the rows it publishes by position. The unique index Axon's schema puts on the identifier (a
-- random UUID Axon draws for every event) was the costliest of the event table's keys to maintain: its entries land
-- on random pages, inside the append lock's stretch. The identifier stays a column; what makes a fact unique is the
-- ingestion ledger's (source, id) and the stream's (aggregate, sequence), which stay.
alter table domainevententry drop constraint if exists domainevententry_eventidentifier_key;
