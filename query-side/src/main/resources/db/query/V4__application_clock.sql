-- What the statutory clock needs of each application; due dates are computed on reading, from the calendar.
-- consultations: "start/end" pairs separated by ';', an open one as "start/".
create table application_clock (
    organ                   varchar(64)   not null,
    application_id          varchar(128)  not null,
    applicant_type          varchar(40)   not null,
    received_on             date          not null,
    correction_requested_on date,
    corrected_on            date,
    extension_days          integer       not null,
    consultations           varchar(2000) not null,
    set_due_on              date,
    decided_on              date,
    last_position           bigint        not null,
    primary key (organ, application_id)
);
