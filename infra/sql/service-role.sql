-- The database role Gongkai's service runs as in production: it appends events and keeps its read models, but
-- cannot change or remove a recorded event or a link of the hash chain. Run as the schema owner after the
-- service's first start has created the tables:  psql -d gongkai -f infra/sql/service-role.sql
-- (set the password with ALTER ROLE gongkai_service PASSWORD '…' and give it to the service).
do $$
begin
    if not exists (select from pg_roles where rolname = 'gongkai_service') then
        create role gongkai_service login;
    end if;
end
$$;

grant usage on schema public to gongkai_service;
grant select, insert, update, delete on all tables in schema public to gongkai_service;
grant usage, select on all sequences in schema public to gongkai_service;

-- Events and the chain over them are append-only for the service.
revoke update, delete, truncate on domainevententry from gongkai_service;
revoke update, delete, truncate on event_chain from gongkai_service;
revoke update, delete, truncate on ingested_cloud_event from gongkai_service;
