package io.restwell.booking.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;

/**
 * HAPI FHIR's R4 instance validator, an independent judge of the FHIR JSON the partner FHIR API reads and writes:
 * R4's structure, and on request the rules of our Appointment create profile (docs/fhir, the file clinics get).
 */
final class FhirValidation {

    static final FhirContext FHIR = FhirContext.forR4();
    static final String APPOINTMENT_CREATE = "https://restwell.dev/fhir/StructureDefinition/restwell-appointment-create";
    private static final Path PROFILE = Path.of("..", "docs", "fhir", "StructureDefinition-restwell-appointment-create.json");
    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** Every error (and worse) the validator finds against R4, as {@code location: message}. */
    static List<String> errors(String json) {
        return errors(json, new ValidationOptions());
    }

    /** The same, against R4 and the Appointment create profile. */
    static List<String> errorsAgainstCreateProfile(String json) {
        return errors(json, new ValidationOptions().addProfile(APPOINTMENT_CREATE));
    }

    private static synchronized List<String> errors(String json, ValidationOptions options) {
        if (validator == null) {
            PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
            try {
                ours.addStructureDefinition(FHIR.newJsonParser().parseResource(StructureDefinition.class, Files.readString(PROFILE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            validator = FHIR.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(FHIR),
                    ours,
                    new SnapshotGeneratingValidationSupport(FHIR),
                    new InMemoryTerminologyServerValidationSupport(FHIR),
                    new CommonCodeSystemsTerminologyService(FHIR))));
        }
        List<SingleValidationMessage> messages = validator.validateWithResult(json, options).getMessages();
        return messages.stream().filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> message.getLocationString() + ": " + message.getMessage()).toList();
    }
}
