package de.ropa.notices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.activities.entity.LegalBasis;
import de.ropa.notices.control.NoticeWriter.Notice;
import de.ropa.notices.control.NoticeWriter.NoticeKind;
import de.ropa.transfers.entity.TransferMechanism;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The information texts state the register's facts, each in its place, and are refused for what the register lacks. */
class NoticeWriterTest {

    static final NoticeFacts.Controller CONTROLLER = new NoticeFacts.Controller("Sommer Malerbetrieb GmbH", "Werkstattweg 3", "50667",
            "Köln", "DE", "info@sommer-maler.de", "+49 221 123456", "https://sommer-maler.de/datenschutz", "Jana Sommer", true);
    static final NoticeFacts.Dpo DPO = new NoticeFacts.Dpo(true, "Dr. Paul Berger", "Berger Datenschutz GmbH", "dsb@berger-datenschutz.de", null);
    static final NoticeFacts.ChannelFact CHANNEL = new NoticeFacts.ChannelFact("WhatsApp Kundenservice", "WhatsApp Business",
            "WhatsApp Ireland Limited", true);

    static NoticeFacts facts(NoticeFacts.Dpo dpo, List<NoticeFacts.PurposeFact> purposes) {
        return new NoticeFacts(CONTROLLER, dpo, CHANNEL, purposes, List.of("Kontaktdaten", "Fotos von Schäden"),
                List.of(new NoticeFacts.Retention("Kontaktdaten", "2 Jahre nach Auftragsende")),
                List.of("Steuerberaterin Koch"), List.of(new NoticeFacts.TransferFact("Meta Platforms, Inc.", "US",
                        TransferMechanism.DATA_PRIVACY_FRAMEWORK)));
    }

    static final List<NoticeFacts.PurposeFact> PURPOSES = List.of(
            new NoticeFacts.PurposeFact("Terminabsprachen mit Kunden", LegalBasis.B_CONTRACT, null),
            new NoticeFacts.PurposeFact("Newsletter per WhatsApp", LegalBasis.A_CONSENT, null));

    @Test
    void everyFactOfTheRegisterStandsInItsText() {
        List<Notice> texts = NoticeWriter.write(facts(DPO, PURPOSES), Locale.GERMAN);
        assertEquals(List.of(NoticeKind.GREETING, NoticeKind.IMPRINT, NoticeKind.PRIVACY_NOTICE), texts.stream().map(Notice::kind).toList());
        texts.forEach(t -> assertFalse(t.refused(), t::toString));

        String greeting = texts.get(0).text();
        for (String fact : List.of("Sommer Malerbetrieb GmbH", "Terminabsprachen mit Kunden", "Newsletter per WhatsApp",
                "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)", "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)", "dsb@berger-datenschutz.de",
                "https://sommer-maler.de/datenschutz")) {
            assertTrue(greeting.contains(fact), () -> fact + " in " + greeting);
        }

        String imprint = texts.get(1).text();
        assertEquals("""
                Impressum (Angaben gemäß §\u00a05 DDG)
                Sommer Malerbetrieb GmbH
                Werkstattweg 3
                50667 Köln
                Vertreten durch: Jana Sommer
                E-Mail: info@sommer-maler.de
                Telefon: +49 221 123456
                Website: https://sommer-maler.de/datenschutz""", imprint);

        String notice = texts.get(2).text();
        for (String fact : List.of("Kommunikation über WhatsApp Kundenservice (WhatsApp Business)",
                "Verantwortlich ist Sommer Malerbetrieb GmbH, Werkstattweg 3, 50667 Köln, info@sommer-maler.de",
                "Dr. Paul Berger (Berger Datenschutz GmbH), dsb@berger-datenschutz.de", "Kontaktdaten, Fotos von Schäden",
                "– Terminabsprachen mit Kunden (Art. 6 Abs. 1 lit. b DSGVO (Vertrag))",
                "WhatsApp Ireland Limited als Anbieter von WhatsApp Business; Steuerberaterin Koch",
                "– Meta Platforms, Inc., Vereinigte Staaten: EU-US Data Privacy Framework (Art. 45)",
                "– Kontaktdaten: 2 Jahre nach Auftragsende", "Art. 77 DSGVO", "jederzeit mit Wirkung für die Zukunft widerrufen")) {
            assertTrue(notice.contains(fact), () -> fact + " in " + notice);
        }
    }

    @Test
    void aMissingDpoContactOrLegalBasisIsNamedInsteadOfAText() {
        List<Notice> noDpo = NoticeWriter.write(facts(new NoticeFacts.Dpo(true, "Dr. Paul Berger", null, " ", null), PURPOSES), Locale.GERMAN);
        assertEquals(List.of("Kontaktdaten des Datenschutzbeauftragten: E-Mail oder Telefon (Stammdaten)"), noDpo.get(0).missing());
        assertNull(noDpo.get(0).text());
        assertFalse(noDpo.get(1).refused(), "the imprint does not name the DPO");
        assertTrue(noDpo.get(2).missing().contains("Kontaktdaten des Datenschutzbeauftragten: E-Mail oder Telefon (Stammdaten)"));

        List<Notice> noBasis = NoticeWriter.write(facts(DPO, List.of()), Locale.ENGLISH);
        assertEquals(List.of("Purposes and legal bases: no processing activity of this channel states a purpose with its legal basis"),
                noBasis.get(0).missing());
        assertTrue(noBasis.get(2).refused());
    }

    @Test
    void withoutADpoTheTextsNameNoneAndSaySo() {
        List<Notice> texts = NoticeWriter.write(facts(new NoticeFacts.Dpo(false, null, null, null, null), PURPOSES), Locale.GERMAN);
        texts.forEach(t -> assertFalse(t.refused(), t::toString));
        assertFalse(texts.get(0).text().contains("Datenschutzbeauftragten"), texts.get(0).text());
        assertTrue(texts.get(0).hints().stream().anyMatch(h -> h.startsWith("Das Verzeichnis nennt keinen Datenschutzbeauftragten")));
    }

    @Test
    void inEnglishTheTextsSpeakEnglish() {
        List<Notice> texts = NoticeWriter.write(facts(DPO, PURPOSES), Locale.ENGLISH);
        assertTrue(texts.get(0).text().startsWith("Welcome to Sommer Malerbetrieb GmbH!"), texts.get(0).text());
        assertTrue(texts.get(0).text().contains("Art. 6(1)(b) GDPR (contract)"), texts.get(0).text());
        assertTrue(texts.get(1).text().startsWith("Imprint (information under §\u00a05 of the German Digital Services Act, DDG)"));
        assertTrue(texts.get(2).text().contains("Meta Platforms, Inc., United States: EU-US Data Privacy Framework (Art. 45)"),
                texts.get(2).text());
    }
}
