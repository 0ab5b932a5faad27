package io.restwell.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The booking rules that are business decisions rather than code: {@code restwell.booking.*}. */
@ConfigMapping(prefix = "restwell.booking")
public interface BookingConfig {

    /** Load the demo clinics, therapists and hours (db/seed/demo-data.sql) at start-up. */
    @WithDefault("false")
    boolean demoData();

    Availability availability();

    Cancellation cancellation();

    Holds holds();

    Limits limits();

    interface Availability {
        /** Slots start every this many minutes from the start of a working window. */
        @WithDefault("30")
        int slotStepMinutes();

        /** The earliest bookable slot starts this long after now. */
        @WithDefault("PT1H")
        Duration minNotice();

        /** The longest date range one availability search may cover. */
        @WithDefault("31")
        int maxRangeDays();

        /** The radius of a near-me search ({@code near=lat,lon}) that names none, in km. */
        @WithDefault("15")
        double defaultRadiusKm();

        /** The largest radius a near-me search may ask for, in km: past it a search is not "near" any more. */
        @WithDefault("200")
        double maxRadiusKm();

        /** The most clinics one search may list in {@code clinicIds}. */
        @WithDefault("50")
        int maxClinicIds();
    }

    interface Cancellation {
        /** Cancelling at least this long before the start is free; later it is a late cancellation. */
        @WithDefault("PT24H")
        Duration freeUntilBeforeStart();
    }

    interface Holds {
        /** How long a hold keeps its slot. */
        @WithDefault("PT10M")
        Duration duration();

        /** Live holds one person may have at once, so nobody can sit on a clinic's week. */
        @WithDefault("3")
        int maxPerPerson();
    }

    /**
     * Limits on one person's open future bookings (live holds and BOOKED bookings not yet started), so
     * nobody can hoard a clinic's inventory: domain/BookingLimits.
     */
    interface Limits {
        /**
         * Open bookings and holds one person may have across all clinics. Six fits a course of six sessions
         * (the usual length of a prescribed massage course) booked ahead at once; no script holds a week of a clinic with it.
         */
        @WithDefault("6")
        int maxOpen();

        /**
         * Open bookings and holds one person may have at one clinic on one clinic-local day: nobody takes two
         * massages at one clinic on one day, and one is all a hold needs (booking the held slot converts it).
         */
        @WithDefault("1")
        int maxPerClinicDay();
    }
}
