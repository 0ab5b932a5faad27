-- Demo data for the local stack (profile "local") and the tests: three partner clinics in three time
-- zones and currencies, on the map, a dozen therapists, and weekly hours, so a newcomer sees real open slots at once.
-- Run at start-up by config/DemoData when restwell.booking.demo-data=true (never in production).
-- Idempotent: fixed ids, "on conflict do nothing"; what an admin changed later stays changed.

insert into clinic (id, name, street, postal_code, city, country, time_zone, phone, email, website,
                    latitude, longitude, currency) values
    ('c0000000-0000-4000-8000-000000000001', 'Rückenwerk Mitte', 'Torstraße 112', '10119', 'Berlin', 'DE',
     'Europe/Berlin', '+49 30 5550 1201', 'hallo@rueckenwerk.example', 'https://rueckenwerk.example',
     52.52913, 13.40133, 'EUR'),
    ('c0000000-0000-4000-8000-000000000002', 'Thames Bodywork Studio', '48 Clerkenwell Road', 'EC1M 5PS', 'London', 'GB',
     'Europe/London', '+44 20 5550 3344', 'hello@thamesbodywork.example', 'https://thamesbodywork.example',
     51.52251, -0.10207, 'GBP'),
    ('c0000000-0000-4000-8000-000000000003', 'Hudson Back Care', '210 W 14th Street', '10011', 'New York', 'US',
     'America/New_York', '+1 212 555 0172', 'care@hudsonback.example', 'https://hudsonback.example',
     40.73862, -74.00139, 'USD')
on conflict (id) do nothing;

-- A database from before clinics had places (V26) gets them too, once: an admin's later change stays.
update clinic c set latitude = v.latitude, longitude = v.longitude, currency = v.currency
from (values ('c0000000-0000-4000-8000-000000000001'::uuid, 52.52913, 13.40133, 'EUR'),
             ('c0000000-0000-4000-8000-000000000002'::uuid, 51.52251, -0.10207, 'GBP'),
             ('c0000000-0000-4000-8000-000000000003'::uuid, 40.73862, -74.00139, 'USD')) as v (id, latitude, longitude, currency)
where c.id = v.id and c.latitude is null;

-- Local prices in London and New York (Berlin charges the EUR list prices of V1). A row left dormant in the
-- old currency by an older database (V27 copied the EUR list) is replaced; one in the clinic's currency stays.
-- DEEP_TISSUE ...01, SWEDISH ...02, TRIGGER_POINT ...03 (V1).
insert into clinic_price (clinic_id, session_type_id, minutes, price_minor, currency) values
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000001', 60, 7500, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000001', 90, 10000, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000002', 30, 4000, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000002', 60, 6000, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000002', 90, 8500, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000003', 30, 4500, 'GBP'),
    ('c0000000-0000-4000-8000-000000000002', '5e55104e-0000-4000-8000-000000000003', 60, 7000, 'GBP'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000001', 60, 12000, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000001', 90, 16500, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000002', 30, 6500, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000002', 60, 10000, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000002', 90, 14000, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000003', 30, 7000, 'USD'),
    ('c0000000-0000-4000-8000-000000000003', '5e55104e-0000-4000-8000-000000000003', 60, 11500, 'USD')
on conflict (clinic_id, session_type_id, minutes) do update
    set price_minor = excluded.price_minor, currency = excluded.currency
    where clinic_price.currency <> excluded.currency;

insert into therapist (id, clinic_id, name, bio, buffer_minutes) values
    ('7e000000-0000-4000-8000-000000000101', 'c0000000-0000-4000-8000-000000000001', 'Jonas Weber',
     'Works slowly through deep layers of the lower back; most clients come with pain that has lasted for months.', 15),
    ('7e000000-0000-4000-8000-000000000102', 'c0000000-0000-4000-8000-000000000001', 'Lea Hoffmann',
     'Calm, flowing Swedish sessions for people whose back pain comes with stress and restless nights.', 10),
    ('7e000000-0000-4000-8000-000000000103', 'c0000000-0000-4000-8000-000000000001', 'Mehmet Aydın',
     'Finds the knots that send pain into the hips and legs and releases them with steady pressure.', 10),
    ('7e000000-0000-4000-8000-000000000104', 'c0000000-0000-4000-8000-000000000001', 'Sofia Marin',
     'Combines deep tissue and Swedish work, adapting pressure through the session.', 15),
    ('7e000000-0000-4000-8000-000000000201', 'c0000000-0000-4000-8000-000000000002', 'Amelia Clarke',
     'Deep tissue specialist for desk-bound backs and stiff shoulders.', 15),
    ('7e000000-0000-4000-8000-000000000202', 'c0000000-0000-4000-8000-000000000002', 'Daniel Okafor',
     'Trigger point therapy for spasms and sharp, shooting pain.', 10),
    ('7e000000-0000-4000-8000-000000000203', 'c0000000-0000-4000-8000-000000000002', 'Priya Shah',
     'Gentle Swedish massage aimed at winding down before sleep.', 10),
    ('7e000000-0000-4000-8000-000000000204', 'c0000000-0000-4000-8000-000000000002', 'Tom Hughes',
     'Sports background; deep tissue and trigger point work for long-standing lower back pain.', 15),
    ('7e000000-0000-4000-8000-000000000301', 'c0000000-0000-4000-8000-000000000003', 'Grace Kim',
     'Swedish and deep tissue; evenings for people who work days.', 10),
    ('7e000000-0000-4000-8000-000000000302', 'c0000000-0000-4000-8000-000000000003', 'Marcus Bell',
     'Trigger point therapy for neck and upper back spasms.', 10),
    ('7e000000-0000-4000-8000-000000000303', 'c0000000-0000-4000-8000-000000000003', 'Elena Rossi',
     'Deep tissue work for chronic lower back pain, with home stretches to take away.', 15),
    ('7e000000-0000-4000-8000-000000000304', 'c0000000-0000-4000-8000-000000000003', 'Sam Rivera',
     'Relaxing Swedish sessions; weekend availability.', 10)
on conflict (id) do nothing;

-- DEEP_TISSUE ...01, SWEDISH ...02, TRIGGER_POINT ...03 (V1).
insert into therapist_qualification (therapist_id, session_type_id) values
    ('7e000000-0000-4000-8000-000000000101', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000102', '5e55104e-0000-4000-8000-000000000002'),
    ('7e000000-0000-4000-8000-000000000103', '5e55104e-0000-4000-8000-000000000003'),
    ('7e000000-0000-4000-8000-000000000104', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000104', '5e55104e-0000-4000-8000-000000000002'),
    ('7e000000-0000-4000-8000-000000000201', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000202', '5e55104e-0000-4000-8000-000000000003'),
    ('7e000000-0000-4000-8000-000000000203', '5e55104e-0000-4000-8000-000000000002'),
    ('7e000000-0000-4000-8000-000000000204', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000204', '5e55104e-0000-4000-8000-000000000003'),
    ('7e000000-0000-4000-8000-000000000301', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000301', '5e55104e-0000-4000-8000-000000000002'),
    ('7e000000-0000-4000-8000-000000000302', '5e55104e-0000-4000-8000-000000000003'),
    ('7e000000-0000-4000-8000-000000000303', '5e55104e-0000-4000-8000-000000000001'),
    ('7e000000-0000-4000-8000-000000000304', '5e55104e-0000-4000-8000-000000000002')
on conflict do nothing;

-- Weekly hours (clinic-local wall-clock time). Day 1 = Monday.
insert into weekly_hours (therapist_id, day_of_week, start_time, end_time)
select t.id, d.day, h.start_time, h.end_time
from (values
        -- therapist, first day, last day, start, end
        ('7e000000-0000-4000-8000-000000000101'::uuid, 1, 5, time '09:00', time '13:00'),
        ('7e000000-0000-4000-8000-000000000101'::uuid, 1, 5, time '14:00', time '18:00'),
        ('7e000000-0000-4000-8000-000000000102'::uuid, 2, 6, time '10:00', time '18:00'),
        ('7e000000-0000-4000-8000-000000000103'::uuid, 1, 4, time '12:00', time '20:00'),
        ('7e000000-0000-4000-8000-000000000104'::uuid, 1, 5, time '08:00', time '12:00'),
        ('7e000000-0000-4000-8000-000000000104'::uuid, 6, 7, time '10:00', time '14:00'),
        ('7e000000-0000-4000-8000-000000000201'::uuid, 1, 5, time '09:00', time '17:00'),
        ('7e000000-0000-4000-8000-000000000202'::uuid, 3, 7, time '11:00', time '19:00'),
        ('7e000000-0000-4000-8000-000000000203'::uuid, 1, 5, time '16:00', time '21:00'),
        ('7e000000-0000-4000-8000-000000000204'::uuid, 1, 3, time '07:30', time '12:30'),
        ('7e000000-0000-4000-8000-000000000204'::uuid, 4, 6, time '13:00', time '19:00'),
        ('7e000000-0000-4000-8000-000000000301'::uuid, 1, 5, time '15:00', time '21:00'),
        ('7e000000-0000-4000-8000-000000000302'::uuid, 1, 5, time '08:00', time '16:00'),
        ('7e000000-0000-4000-8000-000000000303'::uuid, 2, 6, time '09:00', time '17:00'),
        ('7e000000-0000-4000-8000-000000000304'::uuid, 5, 7, time '10:00', time '18:00')
    ) as h (therapist_id, first_day, last_day, start_time, end_time)
join therapist t on t.id = h.therapist_id
cross join lateral generate_series(h.first_day, h.last_day) as d (day)
on conflict do nothing;

-- A few one-off changes within the first two weeks after the seed is applied.
insert into schedule_exception (id, therapist_id, day, kind, start_time, end_time, note) values
    ('5c4e0000-0000-4000-8000-000000000001', '7e000000-0000-4000-8000-000000000101', current_date + 3, 'DAY_OFF', null, null, 'Training day'),
    ('5c4e0000-0000-4000-8000-000000000002', '7e000000-0000-4000-8000-000000000201', current_date + 5, 'TIME_OFF', '12:00', '14:00', 'Dentist'),
    ('5c4e0000-0000-4000-8000-000000000003', '7e000000-0000-4000-8000-000000000301', current_date + 6, 'EXTRA_HOURS', '10:00', '14:00', 'Extra Saturday morning')
on conflict (id) do nothing;
