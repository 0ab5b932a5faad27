package io.restwell.recommendation.mapping;

import java.util.List;

import io.restwell.recommendation.domain.Preferences;
import io.restwell.recommendation.domain.SavedPreferences;
import io.restwell.recommendation.domain.SuitableTime;
import io.restwell.recommendation.rest.HomeLocation;
import io.restwell.recommendation.rest.PreferencesRequest;
import io.restwell.recommendation.rest.QuietHoursWindow;
import io.restwell.recommendation.rest.PreferencesResponse;
import io.restwell.recommendation.rest.PreferencesResponse.TimeZoneSource;
import io.restwell.recommendation.rest.SuitableTimeWindow;

/** Preferences between the API's shape and the domain's. */
public final class PreferencesMapper {

    private PreferencesMapper() {
    }

    public static Preferences.Draft toDraft(PreferencesRequest request) {
        if (request == null) {
            return new Preferences.Draft(null, null, null, null, null, null, null, null);
        }
        HomeLocation home = request.home();
        List<Preferences.SuitableTimeDraft> times = request.suitableTimes() == null ? null : request.suitableTimes().stream()
                .map(time -> time == null ? null : new Preferences.SuitableTimeDraft(time.days(), time.from(), time.to())).toList();
        QuietHoursWindow quiet = request.quietHours();
        return new Preferences.Draft(home == null ? null : home.latitude(), home == null ? null : home.longitude(),
                request.clinicIds(), request.radiusKm(), request.timeZone(), times, request.avoidedSessionTypes(),
                request.preferredDurationsMinutes(), quiet == null ? null : new Preferences.QuietHoursDraft(quiet.from(), quiet.to()));
    }

    public static PreferencesResponse toResponse(SavedPreferences current) {
        Preferences preferences = current.preferences();
        TimeZoneSource source = preferences.timeZone() != null ? TimeZoneSource.SET
                : current.journalZone() != null ? TimeZoneSource.JOURNAL : TimeZoneSource.DEFAULT;
        return new PreferencesResponse(
                preferences.home() == null ? null : new HomeLocation(preferences.home().latitude(), preferences.home().longitude()),
                preferences.clinicIds(), preferences.radiusKm(), current.zone().getId(), source,
                preferences.suitableTimes().stream().map(PreferencesMapper::toWindow).toList(),
                preferences.avoidedSessionTypes().stream().sorted().toList(), preferences.preferredDurationsMinutes(),
                current.updatedAt(),
                preferences.quietHours() == null ? null : new QuietHoursWindow(preferences.quietHours().from(), preferences.quietHours().to()));
    }

    private static SuitableTimeWindow toWindow(SuitableTime time) {
        return new SuitableTimeWindow(time.days().stream().sorted().toList(), time.from(), time.to());
    }
}
