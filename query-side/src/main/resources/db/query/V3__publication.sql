-- The latest publication of each organ's report per year and scope: its frozen figures (JSON), position, digest.
create table publication (
    organ         varchar(64) not null,
    report_year   integer     not null,
    scope         varchar(10) not null,
    published_on  date        not null,
    position      bigint      not null,
    digest        char(64)    not null,
    figures       text        not null,
    last_position bigint      not null,
    primary key (organ, report_year, scope)
);
