-- The recorded moments of events, indexed: as-of reports find the last position recorded by an instant among the
-- events of a short window before it (RecordedMoments), however far back the instant lies, instead of scanning the
-- store backwards from its head.
create index domainevententry_moment on domainevententry (timeStamp);
