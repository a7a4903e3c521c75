-- Table 三 counted as it is kept: how many applications of each organ fall in each group that counts alike in every
-- year's table (category, year received, year decided and outcome; decided_year 0 and outcome '' while open). The
-- statistics projection moves an application between groups in the transaction that changes its application_fact
-- row, from the row's state before and after; a rebuild counts the rebuilt rows. A report reads a few rows here
-- instead of every application of its organs.
create table application_count (
    organ          varchar(64) not null,
    applicant_type varchar(40) not null,
    received_year  integer     not null,
    decided_year   integer     not null,
    outcome        varchar(60) not null,
    applications   bigint      not null,
    primary key (organ, applicant_type, received_year, decided_year, outcome)
);

insert into application_count (organ, applicant_type, received_year, decided_year, outcome, applications)
select organ, applicant_type, received_year, decided_year, outcome, count(*)
from (select organ, applicant_type,
             cast(extract(year from received_on) as integer) as received_year,
             coalesce(cast(extract(year from decided_on) as integer), 0) as decided_year,
             coalesce(outcome, '') as outcome
      from application_fact) f
group by organ, applicant_type, received_year, decided_year, outcome;
