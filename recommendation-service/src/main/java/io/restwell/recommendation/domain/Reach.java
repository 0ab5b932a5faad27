package io.restwell.recommendation.domain;

import java.util.List;
import java.util.UUID;

/**
 * Where a person's sessions may take place: at the clinics they chose (whatever the distance), else within
 * their radius of home, else anywhere (they have said neither).
 */
public record Reach(List<UUID> clinicIds, Place home, int radiusKm) {

    public Reach {
        clinicIds = List.copyOf(clinicIds);
    }

    public static Reach of(Preferences preferences) {
        return new Reach(preferences.clinicIds(), preferences.clinicIds().isEmpty() ? preferences.home() : null,
                preferences.radiusKm());
    }

    public boolean chosenClinics() {
        return !clinicIds.isEmpty();
    }

    public boolean nearHome() {
        return !chosenClinics() && home != null;
    }

    /** Whether a slot this far from home (null: not known) is within reach; always when reach is not by distance. */
    public boolean within(Double distanceKm) {
        return !nearHome() || (distanceKm != null && distanceKm <= radiusKm);
    }
}
