package de.ropa.spreadsheets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.platform.entity.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values as people write them in their registers. */
class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Art. 6 Abs. 1 lit. b DSGVO", "6(1)(b)", "Vertrag", "contract", "Art. 6 (1) b GDPR",
        "Article 6(1)(b) UK GDPR", "6 I b", "Art. 6 Abs. 1 S. 1 lit. b DS-GVO", "Vertragserfüllung", "Erfüllung eines Vertrags",
        "exécution d'un contrat", "art. 6.1.b", "Art. 6 Abs. 1 lit. b – Vertrag", "Art. 6(1)(b) – Contract"})
    void everyWayOfWritingTheContractIsTheContract(String text) {
        assertEquals(List.of(LegalBasis.B_CONTRACT), LegalBases.art6(text));
    }

    @Test
    void theOtherBasesAndSeveralInOneCell() {
        assertEquals(List.of(LegalBasis.A_CONSENT), LegalBases.art6("Einwilligung"));
        assertEquals(List.of(LegalBasis.C_LEGAL_OBLIGATION), LegalBases.art6("rechtliche Verpflichtung (§ 147 AO)"));
        assertEquals(List.of(LegalBasis.F_LEGITIMATE_INTERESTS), LegalBases.art6("berechtigtes Interesse"));
        assertEquals(List.of(LegalBasis.E_PUBLIC_TASK), LegalBases.art6("Wahrnehmung einer Aufgabe im öffentlichen Interesse"));
        assertEquals(List.of(LegalBasis.A_CONSENT, LegalBasis.B_CONTRACT), LegalBases.art6("6(1)(a); 6(1)(b)"));
        assertEquals(List.of(), LegalBases.art6("§ 26 Abs. 1 BDSG"), "Art. 16 or § 26 are not Art. 6");
        assertEquals(List.of(), LegalBases.art6("nach Absprache"));
        assertEquals(List.of(Art9Condition.B_EMPLOYMENT_SOCIAL_SECURITY), LegalBases.art9("Art. 9 Abs. 2 lit. b DSGVO"));
        assertEquals(List.of(LegalBasis.C_LEGAL_OBLIGATION), LegalBases.art6("Art. 6 Abs. 1 lit. c i. V. m. Art. 9 Abs. 2 lit. b"));
        assertEquals(List.of(LegalBasis.B_CONTRACT, LegalBasis.F_LEGITIMATE_INTERESTS), LegalBases.art6("Art. 6 Abs. 1 lit. b und f DSGVO"));
        assertEquals(List.of(LegalBasis.A_CONSENT, LegalBasis.B_CONTRACT), LegalBases.art6("lit. a, b – Art. 6 Abs. 1 lit. a, b"));
        assertEquals(List.of(), LegalBases.art9("Art. 9 Abs. 2 i.V.m. § 22 Abs. 1 Nr. 1 lit. b BDSG"), "i.V.m. is no letter");
        assertEquals(List.of(), LegalBases.art6("Art. 6(1) e.g. for contracts").stream().filter(b -> b == LegalBasis.E_PUBLIC_TASK).toList(),
                "e.g. is no letter");
    }

    @Test
    void yesNoDatesAndSeveralValues() {
        Map.of("Ja", Answer.YES, "yes", Answer.YES, "x", Answer.YES, "Nein", Answer.NO, "no", Answer.NO, "unbekannt", Answer.UNKNOWN,
                "Oui", Answer.YES).forEach((text, answer) -> assertEquals(Optional.of(answer), CellValues.answer(text), text));
        assertEquals(Optional.empty(), CellValues.yesNo("vielleicht"));
        LocalDate day = LocalDate.of(2026, 11, 30);
        for (String text : List.of("2026-11-30", "30.11.2026", "30.11.26", "30/11/2026", "30. November 2026")) {
            assertEquals(Optional.of(day), CellValues.date(text), text);
        }
        assertEquals(Optional.empty(), CellValues.date("31.02.2026"));
        assertEquals(List.of("Kunden", "Interessenten", "Beschäftigte"), CellValues.several("Kunden;Interessenten\n- Beschäftigte\n"));
    }

    @Test
    void countriesAndServicesByTheirEverydayNames() {
        assertEquals(Optional.of("US"), Countries.code("USA"));
        assertEquals(Optional.of("US"), Countries.code("Vereinigte Staaten"));
        assertEquals(Optional.of("US"), Countries.code("États-Unis"));
        assertEquals(Optional.of("US"), Countries.code("Server in den USA (Microsoft)"));
        assertEquals(Optional.of("GB"), Countries.code("Vereinigtes Königreich"));
        assertEquals(Optional.empty(), Countries.code("irgendwo"));
        assertEquals(Optional.of("US"), Countries.code("Rechenzentrum New Jersey, USA"), "the country, not the state named like one");
        assertEquals(Optional.of("US"), Countries.code("Atlanta, Georgia (USA)"));
        ServiceNames services = new ServiceNames(Map.of("whatsapp-consumer-app", "WhatsApp", "whatsapp-business-app", "WhatsApp Business",
                "microsoft-teams", "Microsoft Teams", "element-hosted", "Element"));
        assertEquals(List.of("whatsapp-business-app"), services.in("Anfragen über WhatsApp Business", false));
        assertEquals(java.util.Set.of("microsoft-teams", "whatsapp-consumer-app"), java.util.Set.copyOf(services.in("MS Teams, WhatsApp", true)));
        assertEquals(List.of(), services.in("ein Element der Planung", false), "an everyday word outside a channel column");
        assertEquals(Optional.of(ActivityField.ART9), ActivityField.named("Rechtsgrundlage (Art. 9 DSGVO)"));
        assertEquals(List.of("Beschäftigte (aktiv; ehemalig)", "- Gäste"), CellValues.lines("Beschäftigte (aktiv; ehemalig)\n- Gäste"),
                "the workbook's lists split at line ends only");
        assertEquals(Optional.of(ActivityField.NAME), ActivityField.named("Bezeichnung der\nVerarbeitungs-\ntätigkeit"));
        assertEquals(Optional.of(ActivityField.ERASURE), ActivityField.named("Retention schedule (if possible)"));
        assertEquals(Optional.of(ActivityField.LEGAL_BASIS), ActivityField.named("Rechtsgrundlage(n)"));
    }
}
