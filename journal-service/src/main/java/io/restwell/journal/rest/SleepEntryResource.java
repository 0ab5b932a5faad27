package io.restwell.journal.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.repository.SleepEntryRepository;

@Path("/api/v1/journal/sleep-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class SleepEntryResource {

    @Inject
    JsonWebToken caller;

    @Inject
    SleepEntryRepository entries;

    @GET
    @Operation(operationId = "listSleepEntries", summary = "The caller's nights, newest first, optionally between two dates")
    public Page<SleepEntryResponse> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PanacheQuery<SleepEntry> query = entries.nightsOf(caller.getSubject(), from, to, page, size);
        return new Page<>(query.list().stream().map(SleepEntryMapper::toResponse).toList(), page, size, query.count());
    }
}
