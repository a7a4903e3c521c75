-- Reports and dashboards read table 三 from application_count; nothing looks up application_fact by its dates any
-- more (a cell's drill-down reads its organs' rows by the primary key's organ prefix). Every index of a table is
-- written again by each update that changes one of its columns, and a decision changes decided_on: without these two,
-- an application's rows are kept up by their primary key alone.
drop index if exists application_fact_received;
drop index if exists application_fact_decided;
