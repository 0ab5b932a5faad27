package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.restwell.booking.domain.GreatCircle.Position;

class GreatCircleTest {

    private static final Position BERLIN = new Position(52.52913, 13.40133);
    private static final Position LONDON = new Position(51.52251, -0.10207);
    private static final Position NEW_YORK = new Position(40.73862, -74.00139);

    @Test
    void distancesBetweenCitiesMatchTheirKnownGreatCircles() {
        assertEquals(930, GreatCircle.km(BERLIN, LONDON), 5);
        assertEquals(5570, GreatCircle.km(LONDON, NEW_YORK), 15);
        assertEquals(0, GreatCircle.km(BERLIN, BERLIN), 1e-9);
        assertEquals(GreatCircle.km(BERLIN, NEW_YORK), GreatCircle.km(NEW_YORK, BERLIN), 1e-9);
    }

    @Test
    void shortDistancesAreExactToTheMetre() {
        // One degree of latitude is R * pi / 180 km on the sphere.
        Position north = new Position(BERLIN.latitude() + 0.01, BERLIN.longitude());
        assertEquals(GreatCircle.EARTH_RADIUS_KM * Math.PI / 180 * 0.01, GreatCircle.km(BERLIN, north), 0.001);
        // Across the date line the short way round, not the long one.
        assertEquals(111.2, GreatCircle.km(new Position(0, 179.5), new Position(0, -179.5)), 0.1);
    }

    @Test
    void theChordAndTheSurfaceDistanceConvertBothWays() {
        for (double km : new double[] {0.1, 2.1, 15, 200, 5000, 20000}) {
            assertEquals(km, GreatCircle.kmForChord(GreatCircle.chordFor(km)), 1e-6);
        }
        double[] a = BERLIN.unitVector();
        double[] b = LONDON.unitVector();
        double chord = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
        assertEquals(GreatCircle.km(BERLIN, LONDON), GreatCircle.kmForChord(chord), 1e-6);
        assertEquals(2, GreatCircle.chordFor(1e9), 1e-12); // never past the antipode
    }

    @Test
    void positionsOutsideTheGlobeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Position(90.01, 0));
        assertThrows(IllegalArgumentException.class, () -> new Position(0, -180.5));
        assertThrows(IllegalArgumentException.class, () -> new Position(Double.NaN, 0));
    }
}
