-- Analyses, their inputs and after-change verifications. Portable SQL: the same script runs on H2 and PostgreSQL.
create table analysis (
    id               varchar(64)  not null primary key,
    created_at       timestamp with time zone not null,
    client           varchar(64)  not null,
    idempotency_key  varchar(255),
    request_sha256   varchar(64)  not null,
    products         varchar(500) not null,
    target_met       boolean,
    verdict          varchar(40),
    target_bps       double precision,
    projected_bps    double precision,
    result_json      text         not null,
    constraint analysis_idempotency unique (client, idempotency_key)
);
create index analysis_created on analysis (created_at);

create table analysis_input (
    analysis_id  varchar(64)  not null references analysis (id) on delete cascade,
    ordinal      integer      not null,
    file_name    varchar(1000) not null,
    product      varchar(100),
    format       varchar(500),
    sha256       varchar(64)  not null,
    size_bytes   bigint,
    content_b64  text,
    primary key (analysis_id, ordinal)
);
create index analysis_input_product on analysis_input (product, analysis_id);

create table verification (
    id               varchar(64)  not null primary key,
    analysis_id      varchar(64)  not null references analysis (id) on delete cascade,
    created_at       timestamp with time zone not null,
    client           varchar(64)  not null,
    measured_bps     double precision not null,
    measured_source  varchar(500) not null,
    projected_bps    double precision not null,
    low_bps          double precision not null,
    high_bps         double precision not null,
    target_bps       double precision,
    verdict          varchar(20)  not null,
    note             varchar(2000)
);
create index verification_analysis on verification (analysis_id, created_at);
