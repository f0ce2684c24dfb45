package de.ropa.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrganisationChoicesTest {

    private static OrganisationChoices of(Map<Long, String> options) {
        return new OrganisationChoices() {
            @Override
            protected Map<Long, String> load(long orgId) {
                throw new AssertionError("the test hands the options over");
            }

            @Override
            public Map<Long, String> getAll() {
                return options;
            }
        };
    }

    @Test
    void suggestsTheObjectsWhoseNameContainsTheQueryInAnyCaseInThePickersOrder() {
        Map<Long, String> options = new LinkedHashMap<>();
        options.put(7L, "Kundenchat – WhatsApp Business");
        options.put(3L, "Betriebsrat – Threema Work");
        options.put(9L, "Außendienst – WHATSAPP Business");
        OrganisationChoices choices = of(options);
        assertEquals(List.of(7L, 9L), choices.search("whatsapp"));
        assertEquals(List.of(9L), choices.search("  außen "));
        assertEquals(List.of(7L, 3L, 9L), choices.search(""), "the dropdown shows them all");
        assertEquals(List.of(), choices.search("Signal"));
    }

    @Test
    void suggestsOneMoreThanItShowsSoThatThePickerSaysThereAreMore() {
        Map<Long, String> options = new LinkedHashMap<>();
        LongStream.rangeClosed(1, 5_000).forEach(id -> options.put(id, "Kanal " + id));
        List<Long> suggested = of(options).search("kanal");
        assertEquals(OrganisationChoices.SUGGESTED + 1, suggested.size());
        assertEquals(1L, suggested.get(0));
        assertEquals(List.of(4_999L), of(options).search("4999"));
    }
}
