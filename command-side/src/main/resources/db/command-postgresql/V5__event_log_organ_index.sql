-- PostgreSQL only. The event log reads an organ's events (as-of reports, digests, provenance, export) by the organ
-- code inside the aggregate identifier, kind:organ/… or organ:organ; this index finds them without scanning the
-- store. The expression must stay the one EventLog queries with.
create index domainevententry_organ on domainevententry
    ((split_part(split_part(aggregateIdentifier, ':', 2), '/', 1)), globalIndex);
