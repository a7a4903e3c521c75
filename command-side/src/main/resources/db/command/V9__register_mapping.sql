-- Each organ's saved layouts of its register (依申请公开台账): headings and wordings, as JSON, by name.
create table register_mapping (
    organ varchar(64) not null,
    name varchar(64) not null,
    mapping text not null,
    saved_at timestamp with time zone not null,
    primary key (organ, name)
);
