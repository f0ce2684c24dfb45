package de.ropa.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets as registers kept elsewhere look, built with Apache POI: the ICO's controller template, the CNIL's list
 * and fiche, a German table after the DSK's Art. 30 terms as DPOs keep it (title, blank rows, headings over two lines,
 * merged cells, free-text legal bases), and one full of mistakes.
 */
public final class TestWorkbooks {

    /** The ICO documentation template for controllers: contact block, headings in row 9, one row per activity from row 10. */
    static final List<String> ICO_HEADINGS = List.of("Business function", "Purpose of processing",
            "Name and contact details of joint controller (if applicable)", "Categories of individuals",
            "Categories of personal data", "Categories of recipients", "Link to contract with processor",
            "Names of third countries or international organisations that personal data are transferred to (if applicable)",
            "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
            "Retention schedule (if possible)", "General description of technical and organisational security measures (if possible)",
            "Article 6 lawful basis for processing personal data", "Article 9 condition for processing special category data",
            "Legitimate interests for the processing (if applicable)", "Link to record of legitimate interests assessment (if applicable)",
            "Rights available to individuals", "Existence of automated decision-making, including profiling (if applicable)",
            "The source of the personal data (if applicable)", "Link to record of consent", "Location of personal data",
            "Data Protection Impact Assessment required?", "Data Protection Impact Assessment progress",
            "Link to Data Protection Impact Assessment", "Has a personal data breach occurred?", "Link to record of personal data breach",
            "Data Protection Act 2018 Schedule 1 Condition for processing", "GDPR Article 6 lawful basis for processing",
            "Link to retention and erasure policy document",
            "Is personal data retained and erased in accordance with the policy document?",
            "Reasons for not adhering to policy document (if applicable)");

    private TestWorkbooks() {
    }

    static byte[] ico() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Template");
            row(sheet, 0, "Name", "Example Ltd");
            row(sheet, 1, "Address", "1 High Street, London");
            row(sheet, 2, "Email", "dpo@example.co.uk");
            row(sheet, 8, ICO_HEADINGS.toArray(String[]::new));
            row(sheet, 9, "Customer service", "Answering customer enquiries via WhatsApp Business", "", "Customers\nProspects",
                    "Contact details; Enquiry content", "Customer service team (internal)", "", "United States",
                    "Standard contractual clauses", "2 years after the last contact", "Encryption in transit; access control",
                    "Article 6(1)(b) - contract", "", "", "", "Access, rectification, erasure", "No", "Data subject");
            row(sheet, 10, "HR", "Payroll", "", "Employees", "Bank details\nSalary", "Payroll provider", "", "", "",
                    "10 years", "Access restricted to HR", "Legal obligation", "Article 9(2)(b)", "", "", "", "", "Employee");
        });
    }

    /** The CNIL's simplified register: the list sheet (headings under merged groups) and one filled fiche. */
    static byte[] cnil() {
        return workbook(book -> {
            Sheet list = book.createSheet("2 - Liste des traitements");
            row(list, 0, "Coordonnées du responsable de l’organisme", "Nom :", "Dupont");
            row(list, 6, "Identification du traitement", "", "", "", "Finalité du traitement", "", "", "Données sensibles ?", "");
            merge(list, 6, 6, 0, 3);
            merge(list, 6, 6, 4, 6);
            row(list, 7, "Nom du traitement", "N° / RÉF", "Date de création de la fiche", "Dernière mise à jour de la fiche", "", "", "",
                    "Oui/non", "");
            row(list, 8, "(EXEMPLE) Gestion de la paie", "1 - Exemple", "26/05/2018", "13/05/2019", "Gestion de la paie", "", "", "Non");
            row(list, 9, "Recrutement", "2", "01/09/2025", "15/10/2026", "Gestion des candidatures (art. 6.1.b)", "", "", "Non");
            merge(list, 9, 9, 4, 6);
            Sheet fiche = book.createSheet("Fiche Recrutement");
            row(fiche, 0, "Modèle de fiche de registre à compléter");
            row(fiche, 2, "Description  du traitement");
            row(fiche, 3, "Nom du traitement", "Recrutement");
            row(fiche, 4, "N° / RÉF", "2");
            row(fiche, 6, "Mise à jour du traitement", "15/10/2026");
            row(fiche, 8, "Acteurs", "Nom", "Adresse");
            row(fiche, 9, "Responsable du traitement", "Dupont SARL", "Paris");
            row(fiche, 15, "Finalité(s) du traitement effectué");
            row(fiche, 16, "Finalité principale", "Gestion des candidatures (art. 6.1.b)");
            row(fiche, 17, "Sous-finalité 1", "Entretiens par Microsoft Teams — intérêt légitime");
            row(fiche, 23, "Catégories de données personnelles concernées", "Description", "", "", "Durée de conservation");
            row(fiche, 24, "État civil, identité, données d'identification, images…", "Nom, prénom, CV", "", "", "2 ans");
            merge(fiche, 24, 24, 1, 3);
            row(fiche, 25, "Vie personnelle (habitudes de vie, situation familiale, etc.)", "", "", "", "");
            row(fiche, 42, "Catégories de personnes concernées", "Description", "Précisions");
            row(fiche, 43, "Catégorie de personnes 1", "Candidats", "");
            row(fiche, 46, "Destinataires", "Type de destinataire", "Précisions");
            row(fiche, 47, "Destinataire 1", "Service interne qui traite les données", "Service RH");
            row(fiche, 52, "Mesures de sécurité", "Type de mesure de sécurité", "Précisions");
            row(fiche, 53, "Mesure de sécurité 1", "Contrôle d'accès des utilisateurs", "Comptes nominatifs");
            row(fiche, 57, "Transferts hors UE", "Destinataire", "Pays", "Type de Garanties", "Liens vers la documentation");
            row(fiche, 58, "Organisme destinataire 1", "Microsoft", "États-Unis", "Clauses contractuelles types (CCT)", "");
        });
    }

    /** A German register as DPOs keep it: a title, blank rows, broken headings, merged cells, free-text values. */
    public static byte[] messyGerman() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Verzeichnis 2026");
            row(sheet, 0, "Verzeichnis von Verarbeitungstätigkeiten – Stand 30.11.2026");
            row(sheet, 2, "Bezeichnung der\nVerarbeitungs-\ntätigkeit", "Zwecke der\nVerarbeitung", "Rechtsgrundlage(n)",
                    "Kategorien\nbetroffener Personen", "Kategorien personen-\nbezogener Daten", "Löschfristen", "Empfänger",
                    "Drittland-\nübermittlung", "Garantien", "Kommunikations-\nkanal", "Zuletzt geprüft", "Bemerkungen");
            row(sheet, 4, "Kundenanfragen per Messenger", "Beantwortung von Kundenanfragen", "Art. 6 Abs. 1 lit. b DSGVO",
                    "Kunden;Interessenten", "Kontaktdaten\nInhalt der Anfrage", "2 Jahre nach letztem Kontakt", "Vertrieb (intern)",
                    "USA", "Standardvertragsklauseln", "WhatsApp Business", "01.10.2026", "läuft");
            row(sheet, 5, "Terminabstimmung Außendienst", "Terminvereinbarung\nTourenplanung", "Vertrag\nberechtigtes Interesse",
                    "", "Kontaktdaten; Adresse", "6 Monate", "", "keine", "", "MS Teams", "2026-09-15", "");
            merge(sheet, 4, 5, 3, 3); // "Kunden;Interessenten" stands for both rows
            row(sheet, 7, "Lohnabrechnung", "Entgeltabrechnung (Art. 6 Abs. 1 lit. c DSGVO)", "", "Beschäftigte",
                    "Bankverbindung\nSteuerdaten", "10 Jahre (§ 147 AO)", "Steuerberater", "", "", "", "30. Juni 2026", "");
        });
    }

    /** One activity over three rows: its name merged over two, blank in the third; a purpose and legal basis per row. */
    static byte[] overSeveralRows() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("VVT");
            row(sheet, 0, "Bezeichnung", "Zweck", "Rechtsgrundlage", "Drittland", "Garantien");
            row(sheet, 1, "Bewerbungen", "Auswahl von Bewerbern", "Vertrag", "USA", "SCC");
            row(sheet, 2, "Bewerbungen", "Talentpool", "Einwilligung", "USA", "SCC");
            merge(sheet, 1, 2, 0, 0);
            row(sheet, 3, "", "Statistik", "berechtigtes Interesse", "", "");
            row(sheet, 4, "Newsletter", "Versand", "Art. 6 Abs. 1 lit. a DSGVO", "Vereinigte Staaten", "Standardvertragsklauseln");
        });
    }

    /** A table whose headings no template uses: its columns are mapped by hand. */
    public static byte[] ownHeadings() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Liste");
            row(sheet, 0, "Vorgang", "Was wird gemacht?", "Grundlage", "Wer?");
            row(sheet, 1, "Spendenverwaltung", "Spendenquittungen ausstellen", "rechtliche Verpflichtung", "Spender");
            row(sheet, 2, "Mitgliederverwaltung", "Mitgliedsbeiträge einziehen", "Vertrag", "Mitglieder");
        });
    }

    /** A German table with a mistake in nearly every row. */
    public static byte[] withMistakes() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Tabelle1");
            row(sheet, 0, "Verarbeitungstätigkeit", "Zweck", "Rechtsgrundlage", "Drittland", "Zuletzt geprüft");
            row(sheet, 1, "Newsletter", "Versand des Newsletters", "Einwilligung", "", "01.11.2026");
            row(sheet, 2, "Bewerbermanagement", "Auswahl von Bewerbern", "nach Absprache", "", "");
            row(sheet, 3, "Videokonferenzen", "Besprechungen", "6(1)(f)", "Atlantis", "31.02.2026");
        });
    }

    private interface Filler {
        void fill(Workbook book);
    }

    private static byte[] workbook(Filler filler) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            filler.fill(book);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            cell.setCellStyle(wrapped);
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
