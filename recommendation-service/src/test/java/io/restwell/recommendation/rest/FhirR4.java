package io.restwell.recommendation.rest;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;

/** HAPI FHIR's R4 instance validator: an independent judge of the FHIR JSON the therapist brief answers with. */
final class FhirR4 {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    private FhirR4() {
    }

    /** Every error (and worse) against R4, as {@code location: message}. */
    static synchronized List<String> errors(String json) {
        if (validator == null) {
            validator = FHIR.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(FHIR),
                    new SnapshotGeneratingValidationSupport(FHIR),
                    new InMemoryTerminologyServerValidationSupport(FHIR),
                    new CommonCodeSystemsTerminologyService(FHIR))));
        }
        return validator.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> message.getLocationString() + ": " + message.getMessage()).toList();
    }
}
