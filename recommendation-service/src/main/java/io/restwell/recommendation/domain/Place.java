package io.restwell.recommendation.domain;

/** A point on the map, in degrees (WGS 84), e.g. where a person lives. */
public record Place(double latitude, double longitude) {

    public Place {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
    }
}
