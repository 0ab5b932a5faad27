package io.restwell.booking.domain;

/**
 * Distances on the Earth as a sphere (mean radius 6371.0088 km; at most ~0.5 % off the ellipsoid, far
 * below what matters for "how far is the clinic"). A position is also a point on the unit sphere, so a
 * radius search is a box search over those points (PostgreSQL's cube index) and the exact distance
 * follows from the straight line (chord) between two points.
 */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** A position in degrees: latitude -90..90, longitude -180..180. */
    public record Position(double latitude, double longitude) {

        public Position {
            if (!(latitude >= -90 && latitude <= 90)) {
                throw new IllegalArgumentException("latitude must be between -90 and 90");
            }
            if (!(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("longitude must be between -180 and 180");
            }
        }

        /** The point on the unit sphere: x towards 0°/0°, y towards 0°/90°E, z towards the north pole. */
        public double[] unitVector() {
            double lat = Math.toRadians(latitude);
            double lon = Math.toRadians(longitude);
            return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
        }
    }

    private GreatCircle() {
    }

    /** The great-circle distance in km (haversine: exact for short distances too). */
    public static double km(Position a, Position b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The straight-line distance between unit-sphere points that lie {@code km} apart on the surface. */
    public static double chordFor(double km) {
        return 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
    }

    /** The surface distance in km of two unit-sphere points {@code chord} apart (inverse of {@link #chordFor}). */
    public static double kmForChord(double chord) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.max(0, chord) / 2));
    }
}
