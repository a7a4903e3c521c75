-- Credentials issued by an administrator: who, which roles, which organs, until when, and whether revoked.
-- The token itself is never stored; its identifier (the JWT's jti) is.
create table credential (
    credential_id varchar(64)              not null primary key,
    subject       varchar(200)             not null,
    roles         varchar(200)             not null,
    organs        varchar(4000)            not null,
    issued_at     timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
