package io.restwell.booking;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One recurring working window on one day of the week, in the clinic's wall-clock time. */
@Embeddable
public class WeeklyHours {

    /** ISO day of week: 1 = Monday … 7 = Sunday. */
    @Column(name = "day_of_week", nullable = false)
    public short dayOfWeek;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    public WeeklyHours() {
    }

    public WeeklyHours(int dayOfWeek, LocalTime startTime, LocalTime endTime) {
        this.dayOfWeek = (short) dayOfWeek;
        this.startTime = startTime;
        this.endTime = endTime;
    }
}
