-- The catalogue of massage sessions. Each type is offered in a few lengths, each length with its own
-- price, so prices live per duration rather than per type.
create table session_type (
    id           uuid primary key,
    code         varchar(64) not null unique check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name         varchar(255) not null,
    description  text not null,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    version      bigint not null default 0
);

-- Money as integer minor units (cents) plus an ISO 4217 code: exact, and no float rounding.
create table session_type_duration (
    session_type_id  uuid not null references session_type (id) on delete cascade,
    minutes          integer not null check (minutes > 0),
    price_cents      integer not null check (price_cents >= 0),
    currency         varchar(3) not null check (currency ~ '^[A-Z]{3}$'),
    primary key (session_type_id, minutes)
);

-- Fixed ids so every environment agrees on them.
insert into session_type (id, code, name, description) values
    ('5e55104e-0000-4000-8000-000000000001', 'DEEP_TISSUE', 'Deep tissue massage',
     'Slow, firm pressure that works down through the layers of muscle and the fascia that wraps them, '
     || 'loosening tension and freeing movement. Best for pain that sits deep and keeps coming back, '
     || 'such as a long-standing ache in the lower back.'),
    ('5e55104e-0000-4000-8000-000000000002', 'SWEDISH', 'Swedish massage',
     'Long, light, flowing strokes over the whole body that ease tight muscles and calm the mind. '
     || 'A good fit when back pain is mild or comes with stress, or when winding down for sleep is the main aim.'),
    ('5e55104e-0000-4000-8000-000000000003', 'TRIGGER_POINT', 'Trigger point therapy',
     'Steady, targeted pressure on the tight knots that send pain elsewhere. Gives focused relief '
     || 'for nerve-type pain and muscle spasms.');

insert into session_type_duration (session_type_id, minutes, price_cents, currency) values
    ('5e55104e-0000-4000-8000-000000000001', 60, 8500, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000001', 90, 11500, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000002', 30, 4500, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000002', 60, 7000, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000002', 90, 9500, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000003', 30, 5000, 'EUR'),
    ('5e55104e-0000-4000-8000-000000000003', 60, 8000, 'EUR');
