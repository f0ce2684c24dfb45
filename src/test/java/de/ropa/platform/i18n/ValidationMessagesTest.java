package de.ropa.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A length limit reads as what is wrong: too long where only a maximum applies, the range where a minimum does. */
class ValidationMessagesTest {

    record Form(@Size(max = 5) String name, @Size(min = 12, max = 200) String password) {
    }

    @Test
    void aValueTooLongAndAValueTooShortEachSayWhatIsAllowed() {
        Locale.setDefault(Locale.GERMAN);
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<ConstraintViolation<Form>> violations = validator.validate(new Form("zu langer Name", "kurz"));
        assertEquals(Set.of("name: zu lang: höchstens 5 erlaubt", "password: muss 12 bis 200 Zeichen bzw. Einträge haben"),
                violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(java.util.stream.Collectors.toSet()));
    }
}
