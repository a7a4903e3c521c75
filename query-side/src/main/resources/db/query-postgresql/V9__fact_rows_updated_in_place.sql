-- An application's rows are updated several times (a decision, a correction, the clock's events). With room left on
-- each page, PostgreSQL writes the new version beside the old one without touching the primary key (a heap-only
-- update), as long as no indexed column changes; which none of these updates does. Pages written from now on keep
-- 15 % free; the operator's rebuild writes whole tables anew with the same setting (ShadowTable copies it).
alter table application_fact set (fillfactor = 85);
alter table application_clock set (fillfactor = 85);
