-- PostgreSQL only. Every writer of domainevententry, whatever its code, takes the append lock before its rows draw
-- their global positions (a BEFORE ... FOR EACH STATEMENT trigger runs before any row's default is evaluated), and
-- holds it until commit or rollback (a transaction-level advisory lock). Positions are therefore drawn in commit
-- order: a reader never sees position N while a lower position can still commit. The key is the one-bigint form
-- 0x676f6e676b6169 ("gongkai"); stream locks use the two-integer form, a separate key space.
create function gongkai_append_in_commit_order() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(29114442573373801);
    return null;
end
$$;

create trigger domainevententry_append_in_commit_order
    before insert on domainevententry
    for each statement execute function gongkai_append_in_commit_order();
