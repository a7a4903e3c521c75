-- The facts behind tables 二 and 四, section 六 and the narrative, one row per fact: each year's figures are
-- tallied from them by the counting rules in shared-events.
create table case_fact (
    organ          varchar(64)  not null,
    case_kind      varchar(10)  not null,
    case_id        varchar(128) not null,
    after_review   boolean      not null,
    filed_on       date         not null,
    concluded_on   date,
    result         varchar(20),
    application_id varchar(128),
    last_position  bigint       not null,
    primary key (organ, case_kind, case_id)
);

create table document_fact (
    organ         varchar(64)  not null,
    document_id   varchar(128) not null,
    kind          varchar(30)  not null,
    issued_on     date,
    repealed_on   date,
    last_position bigint       not null,
    primary key (organ, document_id)
);

create table document_stock (
    organ         varchar(64) not null,
    kind          varchar(30) not null,
    as_of         date        not null,
    in_force      bigint      not null,
    last_position bigint      not null,
    primary key (organ, kind, as_of)
);

create table decision_tally (
    organ      varchar(64)  not null,
    event_id   varchar(255) not null,
    kind       varchar(20)  not null,
    decided_on date         not null,
    decisions  bigint       not null,
    primary key (organ, event_id)
);

-- Money in yuan: administrative fees collected, information-processing fees charged and paid.
create table money_fact (
    organ          varchar(64)    not null,
    event_id       varchar(255)   not null,
    purpose        varchar(30)    not null,
    application_id varchar(128),
    on_date        date           not null,
    amount_yuan    numeric(20, 2) not null,
    primary key (organ, event_id)
);
create index money_fact_purpose on money_fact (organ, purpose, on_date);

create table narrative (
    organ         varchar(64) not null,
    report_year   integer     not null,
    section       varchar(40) not null,
    body          text        not null,
    last_position bigint      not null,
    primary key (organ, report_year, section)
);

-- The formal year-end records of applications carried over.
create table carry_over (
    organ          varchar(64)  not null,
    application_id varchar(128) not null,
    report_year    integer      not null,
    primary key (organ, application_id, report_year)
);
