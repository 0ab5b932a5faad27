// The product's main journey written against the client generated from the public document
// (target/typescript-client). TypeScriptClientIT type-checks it: if an operation, a field or a
// type a web or mobile developer relies on changes shape, this stops compiling.
import {
    AvailabilityApi,
    BookingsApi,
    CatalogApi,
    Configuration,
    JournalApi,
    RecommendationsApi,
} from "../../target/typescript-client/src";
import type { Booking, Recommendation, SleepEntry, Slot } from "../../target/typescript-client/src";

const config = new Configuration({
    basePath: "http://localhost:8080",
    accessToken: async () => "a person's JWT",
    headers: { "X-Request-Id": "web-journey-1" },
});

export async function afterABadNight(): Promise<Booking | undefined> {
    const journal = new JournalApi(config);
    const night: SleepEntry = await journal.createSleepEntry({
        sleepEntryInput: {
            night: new Date("2026-11-20"),
            bedtime: new Date("2026-11-20T23:10:00+01:00"),
            wakeTime: new Date("2026-11-21T06:20:00+01:00"),
            sleepLatencyMinutes: 55,
            awakenings: 4,
            wakeAfterSleepOnsetMinutes: 70,
            quality: 2,
            notes: "lower back ached all night",
        },
    });
    const efficiency: number | undefined = night.sleepEfficiency;
    if (!night.poorSleep || efficiency === undefined) {
        return undefined;
    }

    const recommendations = new RecommendationsApi(config);
    const page = await recommendations.listRecommendations({ size: 1 });
    const suggestion = page.items?.[0] as Recommendation | undefined;
    const slot = suggestion?.slots?.[0];
    if (!suggestion?.id || !slot?.therapistId || !slot.start) {
        return undefined;
    }
    const accepted: Recommendation = await recommendations.acceptRecommendation({
        id: suggestion.id,
        acceptRecommendation: { therapistId: slot.therapistId, start: slot.start },
    });
    return accepted.bookingId ? new BookingsApi(config).getBooking({ id: accepted.bookingId }) : undefined;
}

export async function bookAnEveningSlot(idempotencyKey: string): Promise<Booking> {
    const types = await new CatalogApi(config).listSessionTypes();
    const slots = await new AvailabilityApi(config).searchAvailability({ sessionType: types[0].code ?? "SWEDISH" });
    const first: Slot | undefined = slots.items?.[0];
    if (!first?.therapistId || !first.start || !first.sessionType) {
        throw new Error("no open slot");
    }
    return new BookingsApi(config).createBooking({
        idempotencyKey,
        createBookingRequest: { therapistId: first.therapistId, sessionType: first.sessionType, start: first.start },
    });
}
