package io.restwell.booking.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.domain.BookingException;
import io.restwell.booking.ScheduleOverride;
import io.restwell.booking.Therapist;
import io.restwell.booking.WeeklyHours;
import io.restwell.booking.domain.OverrideKind;
import io.restwell.booking.domain.WeeklyWindow;
import io.restwell.booking.repository.ScheduleOverrideRepository;
import io.restwell.booking.domain.BookingException.Violation;

/** Therapists' weekly hours, buffers and one-off exceptions. Existing bookings are never moved by a change. */
@ApplicationScoped
public class ScheduleService {

    private final CatalogService catalog;
    private final ScheduleOverrideRepository exceptions;
    private final Clock clock;

    ScheduleService(CatalogService catalog, ScheduleOverrideRepository exceptions, Clock clock) {
        this.catalog = catalog;
        this.exceptions = exceptions;
        this.clock = clock;
    }

    /** The therapist with clinic and weekly hours loaded (the schedule view). */
    @Transactional
    public Therapist schedule(UUID clinicId, UUID therapistId) {
        Therapist therapist = catalog.therapist(clinicId, therapistId, true);
        therapist.weeklyHours.size(); // load for the caller, outside this transaction
        return therapist;
    }

    @Transactional
    public Therapist replaceSchedule(UUID clinicId, UUID therapistId, ScheduleCommands.WeeklySchedule request) {
        List<Violation> violations = new ArrayList<>();
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = 0; i < request.weeklyHours().size(); i++) {
            ScheduleCommands.Hours entry = request.weeklyHours().get(i);
            if (!entry.end().isAfter(entry.start())) {
                violations.add(new Violation("weeklyHours[" + i + "].end", "must be after start (hours never cross midnight)"));
                windows.add(null);
                continue;
            }
            WeeklyWindow window = new WeeklyWindow(entry.day(), entry.start(), entry.end());
            for (int j = 0; j < i; j++) {
                if (windows.get(j) != null && windows.get(j).overlaps(window)) {
                    violations.add(new Violation("weeklyHours[" + i + "]", "overlaps weeklyHours[" + j + "]"));
                }
            }
            windows.add(window);
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        Therapist therapist = catalog.therapist(clinicId, therapistId, true);
        therapist.bufferMinutes = request.bufferMinutes();
        therapist.weeklyHours.clear();
        windows.stream()
                .sorted((a, b) -> a.day() != b.day() ? a.day().compareTo(b.day()) : a.start().compareTo(b.start()))
                .forEach(window -> therapist.weeklyHours.add(
                        new WeeklyHours(window.day().getValue(), window.start(), window.end())));
        therapist.updatedAt = OffsetDateTime.now(clock);
        return therapist;
    }

    @Transactional
    public List<ScheduleOverride> exceptions(UUID clinicId, UUID therapistId, LocalDate from, LocalDate to) {
        catalog.therapist(clinicId, therapistId, true);
        return exceptions.between(List.of(therapistId), from, to);
    }

    @Transactional
    public ScheduleOverride addException(UUID clinicId, UUID therapistId, ScheduleCommands.DateChange request) {
        List<Violation> violations = new ArrayList<>();
        if (request.kind() == OverrideKind.DAY_OFF) {
            if (request.start() != null || request.end() != null) {
                violations.add(new Violation("start", "a DAY_OFF has no start or end"));
            }
        } else if (request.start() == null || request.end() == null) {
            violations.add(new Violation(request.start() == null ? "start" : "end", "is required for " + request.kind()));
        } else if (!request.end().isAfter(request.start())) {
            violations.add(new Violation("end", "must be after start"));
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        catalog.therapist(clinicId, therapistId, true);
        ScheduleOverride exception = new ScheduleOverride();
        exception.id = UUID.randomUUID();
        exception.therapistId = therapistId;
        exception.day = request.date();
        exception.kind = request.kind();
        exception.startTime = request.start();
        exception.endTime = request.end();
        exception.note = request.note();
        exception.createdAt = OffsetDateTime.now(clock);
        exceptions.persist(exception);
        return exception;
    }

    @Transactional
    public void deleteException(UUID clinicId, UUID therapistId, UUID exceptionId) {
        catalog.therapist(clinicId, therapistId, true);
        ScheduleOverride exception = exceptions.findById(exceptionId);
        if (exception == null || !exception.therapistId.equals(therapistId)) {
            throw BookingException.notFound("No schedule exception " + exceptionId + " for therapist " + therapistId + ".");
        }
        exceptions.delete(exception);
    }
}
