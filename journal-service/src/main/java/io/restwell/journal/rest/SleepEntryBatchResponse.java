package io.restwell.journal.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SleepEntryBatchReport", description = "One result per item, in the order of the request.")
public record SleepEntryBatchResponse(List<SleepEntryBatchItem> results) {
}
