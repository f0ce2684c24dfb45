package de.ropa.spreadsheets.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a column (or a form's line) of a register kept elsewhere says about a processing activity, with the headings
 * the published templates and everyday German, English and French registers give it. A heading names a field when it
 * equals one of these or begins with it ("Rechtsgrundlage(n)", "Retention schedule (if possible)").
 */
public enum ActivityField {

    NAME("Bezeichnung der Verarbeitungstätigkeit", "Name der Verarbeitungstätigkeit", "Verarbeitungstätigkeit",
            "Bezeichnung der Verarbeitung", "Bezeichnung", "Verfahren", "Name of the processing activity", "Processing activity",
            "Activity", "Nom du traitement", "Nom / sigle", "Traitement"),
    DESCRIPTION("Beschreibung der Verarbeitung", "Beschreibung", "Kurzbeschreibung", "Description"),
    PURPOSES("Zwecke der Verarbeitung", "Zweck der Verarbeitung", "Zweckbestimmung", "Zwecke", "Zweck", "Purpose of processing",
            "Purposes of processing", "Purposes", "Purpose", "Finalité du traitement", "Finalité principale", "Sous-finalité",
            "Finalités", "Finalité", "Objectifs poursuivis", "Objectif poursuivi"),
    LEGAL_BASIS("Rechtsgrundlage der Verarbeitung", "Rechtsgrundlagen", "Rechtsgrundlage", "Article 6 lawful basis for processing personal data",
            "GDPR Article 6 lawful basis for processing", "Lawful basis", "Legal basis", "Base légale", "Base juridique"),
    ART9("Ausnahme nach Art. 9", "Bedingung nach Art. 9", "Rechtsgrundlage Art. 9", "Article 9 condition for processing special category data",
            "Article 9 condition", "Article 9 basis", "Condition de l'article 9"),
    BALANCING_TEST("Interessenabwägung", "Link to record of legitimate interests assessment", "Legitimate interests assessment"),
    SUBJECTS("Kategorien betroffener Personen", "Kategorien der betroffenen Personen", "Betroffene Personen", "Betroffenengruppen",
            "Betroffene", "Categories of individuals", "Categories of data subjects", "Data subjects",
            "Catégories de personnes concernées", "Personnes concernées"),
    DATA_CATEGORIES("Kategorien personenbezogener Daten", "Kategorien von personenbezogenen Daten", "Kategorien der personenbezogenen Daten",
            "Datenkategorien", "Datenarten", "Categories of personal data", "Personal data", "Catégories de données personnelles concernées",
            "Catégories de données collectées", "Catégories de données", "Données personnelles"),
    SPECIAL_DATA("Besondere Kategorien personenbezogener Daten", "Besondere Kategorien", "Special category data", "Données sensibles"),
    ERASURE("Fristen für die Löschung", "Löschfristen", "Löschfrist", "Vorgesehene Fristen für die Löschung", "Aufbewahrungsfristen",
            "Aufbewahrungsfrist", "Speicherdauer", "Retention schedule", "Retention period", "Retention", "Durées de conservation",
            "Durée de conservation"),
    RECIPIENTS("Kategorien von Empfängern", "Empfängerkategorien", "Empfänger", "Categories of recipients", "Recipients",
            "Catégories de destinataires", "Destinataires"),
    THIRD_COUNTRIES("Übermittlungen an Drittländer", "Übermittlung an Drittländer", "Übermittlung in Drittländer",
            "Drittlandübermittlung", "Drittlandtransfer", "Drittländer", "Drittland",
            "Names of third countries or international organisations that personal data are transferred to", "Third countries",
            "Third country transfers", "Transferts hors UE", "Transferts de données hors UE", "Transferts"),
    SAFEGUARDS("Geeignete Garantien", "Garantien", "Dokumentierung geeigneter Garantien",
            "Safeguards for exceptional transfers of personal data to third countries or international organisations",
            "Safeguards", "Type de garanties", "Garanties"),
    MEASURES("Technische und organisatorische Maßnahmen", "Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen",
            "TOM", "TOMs", "Maßnahmen", "General description of technical and organisational security measures",
            "Technical and organisational measures", "Security measures", "Mesures de sécurité"),
    DEPARTMENT("Verantwortliche Fachabteilung", "Fachabteilung", "Fachbereich", "Abteilung", "Organisationseinheit",
            "Business function", "Department", "Service"),
    CONTACT("Ansprechpartner", "Ansprechperson", "Kontaktperson", "Verantwortliche Person", "Contact person", "Owner"),
    DATA_SOURCE("Herkunft der Daten", "Datenquelle", "Quelle der Daten", "The source of the personal data", "Source of the data",
            "Source des données"),
    CHANNELS("Kommunikationskanäle", "Kommunikationskanal", "Kanäle", "Kanal", "Messenger", "Eingesetzte Systeme",
            "Eingesetzte Software", "Systeme", "System", "Software", "Anwendung", "Tools", "Channels", "Channel", "Systems",
            "Application", "Nom du logiciel ou de l'application", "Logiciel", "Application"),
    DPIA_REFERENCE("Datenschutz-Folgenabschätzung", "DSFA", "Link to Data Protection Impact Assessment", "Analyse d'impact"),
    LAST_REVIEWED("Letzte Änderung", "Zuletzt geprüft", "Datum der letzten Prüfung", "Stand", "Last reviewed", "Last updated",
            "Dernière mise à jour de la fiche", "Dernière mise à jour", "Mise à jour du traitement"),
    NEXT_REVIEW("Nächste Prüfung", "Wiedervorlage", "Next review", "Review date");

    private static final java.util.regex.Pattern ART9_HEADING = java.util.regex.Pattern.compile("\\bart(?:ikel|icle)?\\.?\\s*9\\b");

    private final List<String> headings;

    ActivityField(String... headings) {
        this.headings = Arrays.stream(headings).map(CellValues::comparable).toList();
    }

    public List<String> headings() {
        return headings;
    }

    /**
     * The field a heading names: equal to a known heading first, then beginning with one (the longest such heading
     * wins, so "Kategorien von Empfängern" is not read as "Kategorien…" of something else).
     */
    public static Optional<ActivityField> named(String heading) {
        String joined = CellValues.oneLine(heading);
        String wanted = CellValues.comparable(joined.replaceAll("\\s*\\(.*?\\)\\s*", " ").replaceAll("[?*:]", " "));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // "Rechtsgrundlage (Art. 9 DSGVO)", "Rechtsgrundlage nach Art. 9": the condition for special categories, not Art. 6
        if (ART9_HEADING.matcher(CellValues.comparable(joined)).find()) {
            return Optional.of(ART9);
        }
        for (ActivityField field : values()) {
            if (field.headings.contains(wanted)) {
                return Optional.of(field);
            }
        }
        ActivityField best = null;
        int bestLength = 0;
        for (ActivityField field : values()) {
            for (String known : field.headings) {
                if (known.length() > bestLength && known.length() >= 3 && startsWithWord(wanted, known)) {
                    best = field;
                    bestLength = known.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean startsWithWord(String text, String prefix) {
        return text.startsWith(prefix) && (text.length() == prefix.length() || !Character.isLetter(text.charAt(prefix.length())));
    }
}
