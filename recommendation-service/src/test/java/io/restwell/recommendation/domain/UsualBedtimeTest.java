package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UsualBedtimeTest {

    @Test
    void theMedianOfTheirBedtimes() {
        assertEquals(Optional.of(LocalTime.of(22, 30)),
                UsualBedtime.of(List.of(LocalTime.of(22, 0), LocalTime.of(23, 45), LocalTime.of(22, 30))));
    }

    @Test
    void bedtimesAroundMidnightStayAroundMidnight() {
        assertEquals(Optional.of(LocalTime.MIDNIGHT), UsualBedtime.of(List.of(LocalTime.of(23, 30), LocalTime.of(0, 30))));
        assertEquals(Optional.of(LocalTime.of(0, 15)),
                UsualBedtime.of(List.of(LocalTime.of(23, 50), LocalTime.of(0, 15), LocalTime.of(1, 40))));
    }

    @Test
    void nothingLoggedNothingKnown() {
        assertEquals(Optional.empty(), UsualBedtime.of(List.of()));
        assertEquals(Optional.empty(), UsualBedtime.of(Arrays.asList((LocalTime) null)));
    }
}
