package io.restwell.journal.rest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.SleepSession;
import io.restwell.journal.mapping.WearableImports;
import io.restwell.journal.service.SleepJournal;

/**
 * Nights a wearable measured, in the shapes of Health Connect, HealthKit and Fitbit (docs/journal-sync.md,
 * "Wearable import"): each session becomes an entry with its source and stages, or a result saying why not.
 */
@Path(SleepImportResource.IMPORT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class SleepImportResource {

    static final String IMPORT = SleepEntryResource.ENTRIES + "/import";
    private static final String ANSWER = "One result per session, in the order of their start: CREATED, REPLAYED (the source "
            + "record was imported before at this version), UPDATED (a newer version of it), CONFLICT (the date's NIGHT is "
            + "another entry, typed in or from another source: existingEntryId names it and it stays)";
    private static final String INVALID = "Nothing was imported: sessions that overlap, stages outside the time in bed or "
            + "overlapping each other, a session with no sleep stage, one that ends in the future, a value the source does "
            + "not define; `errors` names each";

    private final JsonWebToken caller;
    private final SleepJournal journal;

    SleepImportResource(JsonWebToken caller, SleepJournal journal) {
        this.caller = caller;
        this.journal = journal;
    }

    @POST
    @Path("/health-connect")
    @Operation(operationId = "importHealthConnectSleep", summary = "Import sleep sessions read from Android Health Connect",
            description = "Up to 100 SleepSessionRecords with their stages. A record imported before is a replay, or an update "
                    + "when its metadata.lastModifiedTime is later. A session of 3 h or more is the NIGHT, a shorter one a NAP.")
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryBatchResponse.class)))
    @APIResponse(responseCode = "422", description = INVALID)
    public SleepEntryBatchResponse healthConnect(@NotNull @Valid HealthConnectSleepImport body) {
        return answer(WearableImports.fromHealthConnect(body), "/health-connect");
    }

    @POST
    @Path("/healthkit")
    @Operation(operationId = "importHealthKitSleep", summary = "Import Apple HealthKit sleep analysis samples",
            description = "Up to 1000 HKCategorySamples of one source (samples of two sources overlap: 422). Samples less than "
                    + "2 h apart form one session, from its first sample's start to its last one's end; its earliest sample's "
                    + "uuid is its record id. A session of 3 h or more is the NIGHT, a shorter one a NAP.")
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryBatchResponse.class)))
    @APIResponse(responseCode = "422", description = INVALID)
    public SleepEntryBatchResponse healthKit(@NotNull @Valid HealthKitSleepImport body) {
        return answer(WearableImports.fromHealthKit(body), "/healthkit");
    }

    @POST
    @Path("/fitbit")
    @Operation(operationId = "importFitbitSleep", summary = "Import a Fitbit sleep log (v1.2)",
            description = "The body of Fitbit's GET /1.2/user/-/sleep/... answer, as Fitbit sent it (stages or classic logs). "
                    + "isMainSleep decides NIGHT or NAP. A logId imported before is a replay.")
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryBatchResponse.class)))
    @APIResponse(responseCode = "422", description = INVALID)
    public SleepEntryBatchResponse fitbit(
            @QueryParam("timeZone") @NotNull @Parameter(required = true, description = "The person's Fitbit time zone (IANA): "
                    + "Fitbit's times carry no offset", example = "Europe/Berlin") String timeZone,
            @NotNull @Valid FitbitSleepLogs body) {
        return answer(WearableImports.fromFitbit(body, zone(timeZone)), "/fitbit");
    }

    private SleepEntryBatchResponse answer(List<SleepSession> sessions, String path) {
        List<SleepJournal.BatchItem> written = journal.importSessions(caller.getSubject(), sessions);
        List<SleepEntryBatchItem> results = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            results.add(SleepEntryResource.result(i, written.get(i), IMPORT + path));
        }
        return new SleepEntryBatchResponse(results);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new DateRange.InvalidQueryException(List.of(new FieldProblem("timeZone", "must be an IANA time zone, e.g. Europe/Berlin")));
        }
    }
}
