package io.restwell.recommendation.mapping;

import io.restwell.recommendation.PushSubscription;
import io.restwell.recommendation.rest.PushSubscriptionResponse;

/** A push subscription as the API shows it: never its keys. */
public final class PushSubscriptionMapper {

    private PushSubscriptionMapper() {
    }

    public static PushSubscriptionResponse toResponse(PushSubscription subscription) {
        return new PushSubscriptionResponse(subscription.id, subscription.endpoint, subscription.expiresAt, subscription.createdAt);
    }
}
