package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reference figures from SciPy 1.17 (scipy.stats.t.ppf, and Welch's interval computed with it). */
class MeanDifferenceTest {

    @Test
    void studentsTQuantilesMatchTheTables() {
        double[][] known = {{1, 12.706204736174694}, {2, 4.302652729749462}, {5, 2.5705818356363146}, {8, 2.306004135204166},
                {10, 2.228138851986274}, {30, 2.0422724563012378}, {1000, 1.9623390808264083}, {4.5, 2.6589123472044034}};
        for (double[] row : known) {
            assertEquals(row[1], MeanDifference.tQuantile(0.975, row[0]), 1e-9, "t(0.975, " + row[0] + ")");
        }
    }

    @Test
    void welchsIntervalOfEqualSpreads() {
        MeanDifference.Estimate estimate = MeanDifference.of(List.of(1, 2, 3, 4, 5), List.of(3, 4, 5, 6, 7), 5);
        // difference 2, standard error 1, 8 degrees of freedom: 2 ± 2.306
        assertEquals(new MeanDifference.Estimate(MeanDifference.Status.ESTIMATED, 5, 5, new BigDecimal("3.0"), new BigDecimal("5.0"),
                new BigDecimal("2.0"), new BigDecimal("-0.3"), new BigDecimal("4.3")), estimate);
        assertFalse(estimate.clearlyAboveZero());
        assertFalse(estimate.clearlyBelowZero());
    }

    @Test
    void welchsIntervalWithUnequalSpreadsAndFractionalDegreesOfFreedom() {
        List<BigDecimal> before = List.of(new BigDecimal("78.0"), new BigDecimal("80.5"), new BigDecimal("76.0"), new BigDecimal("82.0"),
                new BigDecimal("79.0"), new BigDecimal("77.5"));
        List<BigDecimal> after = List.of(new BigDecimal("86.0"), new BigDecimal("84.0"), new BigDecimal("88.5"), new BigDecimal("83.0"),
                new BigDecimal("90.0"));
        // SciPy: means 78.833 and 86.3, df 7.221, interval 3.7377 to 11.1956
        MeanDifference.Estimate estimate = MeanDifference.of(before, after, 5);
        assertEquals(new MeanDifference.Estimate(MeanDifference.Status.ESTIMATED, 6, 5, new BigDecimal("78.8"), new BigDecimal("86.3"),
                new BigDecimal("7.5"), new BigDecimal("3.7"), new BigDecimal("11.2")), estimate);
        assertTrue(estimate.clearlyAboveZero());

        // SciPy: 30.0 against 30.667, interval -10.2506 to 11.5839: no clear difference either way
        MeanDifference.Estimate wide = MeanDifference.of(List.of(30, 25, 40, 35, 20), List.of(28, 22, 45, 30, 26, 33), 5);
        assertEquals(new BigDecimal("-10.3"), wide.low());
        assertEquals(new BigDecimal("11.6"), wide.high());
        assertFalse(wide.clearlyAboveZero());
        assertFalse(wide.clearlyBelowZero());

        // SciPy: one side without spread, df 5: -9.8333, interval -10.2618 to -9.4049
        MeanDifference.Estimate fell = MeanDifference.of(List.of(30, 30, 30, 30, 30), List.of(20, 20, 20, 20, 20, 21), 5);
        assertEquals(new BigDecimal("-10.3"), fell.low());
        assertEquals(new BigDecimal("-9.4"), fell.high());
        assertTrue(fell.clearlyBelowZero());
    }

    @Test
    void belowTheMinimumOnEitherSideThereAreCountsButNoFigures() {
        MeanDifference.Estimate estimate = MeanDifference.of(List.of(80, 81, 82, 83), List.of(90, 91, 92, 93, 94), 5);
        assertEquals(new MeanDifference.Estimate(MeanDifference.Status.NOT_ENOUGH_NIGHTS, 4, 5, null, null, null, null, null), estimate);
        assertFalse(estimate.clearlyAboveZero());
        assertFalse(estimate.clearlyBelowZero());
        assertEquals(MeanDifference.Status.NOT_ENOUGH_NIGHTS, MeanDifference.of(List.of(), List.of(), 2).status());
        assertEquals(MeanDifference.Status.ESTIMATED, MeanDifference.of(List.of(80, 81, 82, 83), List.of(90, 91, 92, 93), 4).status());
    }

    @Test
    void identicalNightsOnBothSidesGiveAPointNotANaN() {
        MeanDifference.Estimate estimate = MeanDifference.of(List.of(80, 80, 80), List.of(85, 85, 85), 3);
        assertEquals(new BigDecimal("5.0"), estimate.low());
        assertEquals(new BigDecimal("5.0"), estimate.high());
        MeanDifference.Estimate none = MeanDifference.of(List.of(80, 80), List.of(80, 80), 2);
        assertEquals(new BigDecimal("0.0"), none.change(), "never -0.0");
        assertFalse(none.clearlyAboveZero());
    }

    @Test
    void aMinimumBelowTwoIsRefusedAndAMeanWithoutValuesIsNull() {
        assertThrows(IllegalArgumentException.class, () -> MeanDifference.of(List.of(1), List.of(2), 1));
        assertNull(MeanDifference.roundedMean(List.of()));
        assertEquals(new BigDecimal("6.5"), MeanDifference.roundedMean(List.of(6, 7)));
    }
}
