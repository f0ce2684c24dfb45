package de.ropa.activities.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The request's own rules (Bean Validation) and its mapping onto the entity, without a server. */
class ActivityRequestValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    static ActivityRequest valid() {
        ActivityRequest request = new ActivityRequest();
        request.name = "Terminvereinbarung";
        request.recordType = RecordType.CONTROLLER;
        request.status = ActivityStatus.ACTIVE;
        PurposeEntry purpose = new PurposeEntry();
        purpose.description = "Termine";
        purpose.legalBasis = LegalBasis.B_CONTRACT;
        request.purposes = List.of(purpose);
        DataCategoryEntry category = new DataCategoryEntry();
        category.name = "Telefonnummer";
        category.specialCategory = Boolean.TRUE;
        category.erasurePeriod = "6 Monate";
        request.dataCategories = List.of(category);
        request.subjectCategories = List.of("Kundinnen und Kunden");
        return request;
    }

    @Test
    void aCompleteRequestIsValid() {
        assertEquals(Set.of(), paths(validator.validate(valid())));
    }

    @Test
    void eachBrokenFieldIsNamedWithItsPath() {
        ActivityRequest request = valid();
        request.name = " ";
        request.status = null;
        request.purposes.get(0).legalBasis = null;
        RecipientEntry recipient = new RecipientEntry();
        recipient.name = "Meta";
        recipient.kind = RecipientKind.PROCESSOR;
        recipient.country = "Irland";
        request.recipients = List.of(recipient);
        request.subjectCategories = List.of("x".repeat(201));

        assertEquals(Set.of("name", "status", "purposes[0].legalBasis", "recipients[0].country", "subjectCategories[0].<list element>"),
                paths(validator.validate(request)));
    }

    @Test
    void theRequestMapsOntoTheEntityKeepingTextAsTyped() {
        ActivityRequest request = valid();
        request.description = "<b>fett</b> & 'zitiert'";

        ProcessingActivity activity = new ProcessingActivity();
        request.applyTo(activity);

        assertEquals("<b>fett</b> & 'zitiert'", activity.getDescription());
        assertEquals(LegalBasis.B_CONTRACT, activity.getPurposes().get(0).getLegalBasis());
        assertTrue(activity.getDataCategories().get(0).isSpecialCategory());
        assertEquals(List.of("Kundinnen und Kunden"), activity.getSubjectCategories());
    }

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
