-- The command side's own record of each application's receipt and decision dates, written in the same
-- transaction as the events: year close reads it to find the applications open at a year's end.
create table application_registry (
    organ          varchar(64)  not null,
    application_id varchar(128) not null,
    received_on    date         not null,
    decided_on     date,
    primary key (organ, application_id)
);
create index application_registry_open on application_registry (organ, received_on, decided_on);
