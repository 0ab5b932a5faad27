package io.restwell.recommendation.domain;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a person usually goes to bed: the median of their logged bedtimes, counted on an evening clock
 * (a bedtime before noon is after midnight), so 23:30 and 00:30 give midnight, not noon.
 */
public final class UsualBedtime {

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int NOON = 12 * 60;

    private UsualBedtime() {
    }

    /** The usual bedtime of these nights; empty without any. */
    public static Optional<LocalTime> of(List<LocalTime> bedtimes) {
        List<Integer> evening = bedtimes.stream().filter(Objects::nonNull).map(UsualBedtime::eveningMinutes).sorted().toList();
        if (evening.isEmpty()) {
            return Optional.empty();
        }
        int middle = evening.size() / 2;
        int median = evening.size() % 2 == 1 ? evening.get(middle) : (evening.get(middle - 1) + evening.get(middle)) / 2;
        return Optional.of(LocalTime.ofSecondOfDay(((median + NOON) % MINUTES_PER_DAY) * 60L));
    }

    /** Minutes since noon: 12:00 is 0, 23:00 is 660, 00:30 is 750. */
    static int eveningMinutes(LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute();
        return minutes >= NOON ? minutes - NOON : minutes + NOON;
    }
}
