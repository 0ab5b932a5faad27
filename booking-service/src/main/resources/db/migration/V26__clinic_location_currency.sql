-- Clinics on the map: where each one is, and the currency it charges in.
--
-- Distance searches use the cube extension (trusted, so the database's owner may create it; earthdistance
-- is not trusted, so it is not used). Each clinic's position is kept as a point on the unit sphere
-- (x, y, z); a GiST index over it turns "within r km" into an index search of a small box, and the
-- exact great-circle distance is taken from the straight-line distance between the points.
create extension if not exists cube;

alter table clinic add column latitude double precision check (latitude between -90 and 90);
alter table clinic add column longitude double precision check (longitude between -180 and 180);
alter table clinic add constraint clinic_location_whole check ((latitude is null) = (longitude is null));
alter table clinic add column earth_point cube generated always as (
    case when latitude is null then null
         else cube(array[cos(radians(latitude)) * cos(radians(longitude)),
                         cos(radians(latitude)) * sin(radians(longitude)),
                         sin(radians(latitude))]) end) stored;
create index clinic_earth_point on clinic using gist (earth_point);

-- ISO 4217. Today every clinic charges the session types' one price list: its currency (EUR unless an
-- admin changed the list), so existing clinics keep charging exactly what they charged.
alter table clinic add column currency varchar(3) check (currency ~ '^[A-Z]{3}$');
update clinic set currency = coalesce(
    (select currency from session_type_duration group by currency order by count(*) desc, currency limit 1), 'EUR');
alter table clinic alter column currency set not null;
