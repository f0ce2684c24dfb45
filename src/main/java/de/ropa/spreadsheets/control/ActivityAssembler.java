package de.ropa.spreadsheets.control;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.i18n.Text;
import de.ropa.spreadsheets.control.ActivityDraft.Located;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the activities a sheet states into a register document: purposes paired with their legal bases, data
 * categories with their erasure periods, third countries as transfers with their safeguards, named messenger services
 * as the organisation's channels (linked when it has one of the service, created otherwise). Whatever cannot be read
 * is a problem at its cell; nothing is guessed silently (what the import adds on its own is a note on the row).
 */
public final class ActivityAssembler {

    private static final Pattern INTERNAL = Pattern.compile("(?i)\\b(intern|interne?|internal|service interne)\\b");
    private static final Pattern EXAMPLE = Pattern.compile("(?i)^\\s*[(\\[]?\\s*(exemple|example|beispiel|muster)\\b.*");
    private static final Map<TransferMechanism, Pattern> SAFEGUARDS = safeguards();

    private final ServiceNames services;
    /** The organisation's channels by service code: a named service links to its channel. */
    private final Map<String, String> existingChannels;
    private final Map<String, String> serviceNames;
    private final Map<String, Integer> channelKeys = new LinkedHashMap<>();
    private final JsonArrayBuilder channels = Json.createArrayBuilder();
    private final JsonArrayBuilder transfers = Json.createArrayBuilder();
    private final Map<String, String> transferKeys = new LinkedHashMap<>();
    private int transferCount;

    /**
     * @param serviceNames     the catalogue's services, code → name
     * @param existingChannels the organisation's channel names by service code
     */
    public ActivityAssembler(Map<String, String> serviceNames, Map<String, String> existingChannels) {
        this.services = new ServiceNames(serviceNames);
        this.serviceNames = serviceNames;
        this.existingChannels = existingChannels;
    }

    private static Map<TransferMechanism, Pattern> safeguards() {
        Map<TransferMechanism, Pattern> patterns = new LinkedHashMap<>();
        patterns.put(TransferMechanism.DATA_PRIVACY_FRAMEWORK, Pattern.compile("(?i)\\bdpf\\b|data privacy framework|privacy framework"));
        patterns.put(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, Pattern.compile(
                "(?i)\\bsccs?\\b|\\bscc\\b|standardvertragsklausel|standarddatenschutzklausel|standard contractual clause|"
                        + "clauses contractuelles|\\bcct\\b|art\\.? ?46"));
        patterns.put(TransferMechanism.BINDING_CORPORATE_RULES, Pattern.compile(
                "(?i)\\bbcr\\b|binding corporate rules|verbindliche interne datenschutzvorschriften|règles d'entreprise contraignantes|art\\.? ?47"));
        patterns.put(TransferMechanism.ADEQUACY_DECISION, Pattern.compile(
                "(?i)angemessenheit|adequacy|adéquat|adequat|art\\.? ?45"));
        patterns.put(TransferMechanism.DEROGATION_ART49, Pattern.compile("(?i)art\\.? ?49|derogation|dérogation|ausnahme"));
        return patterns;
    }

    /** The document of the drafts, in the reading; an activity stated twice (a list and its form) counts once. */
    public void assemble(List<ActivityDraft> drafts, ImportReading reading) {
        JsonArrayBuilder activities = Json.createArrayBuilder();
        int index = 0;
        for (ActivityDraft draft : withoutRepeats(drafts)) {
            activities.add(activity(draft, index++, reading));
        }
        reading.document(Json.createObjectBuilder()
                .add("format", RegisterDocument.FORMAT).add("formatVersion", RegisterDocument.FORMAT_VERSION)
                .add("channels", channels).add("transfers", transfers).add("activities", activities).build());
    }

    private static List<ActivityDraft> withoutRepeats(List<ActivityDraft> drafts) {
        Map<String, ActivityDraft> byName = new LinkedHashMap<>();
        List<ActivityDraft> unnamed = new ArrayList<>();
        for (ActivityDraft draft : drafts) {
            if (EXAMPLE.matcher(draft.name()).matches()) {
                continue; // the templates' own example rows
            }
            String name = CellValues.comparable(draft.name());
            if (name.isEmpty()) {
                unnamed.add(draft);
                continue;
            }
            ActivityDraft kept = byName.get(name);
            if (kept == null || draft.weight() > kept.weight()) {
                byName.put(name, draft);
                if (kept != null) {
                    kept.row.notes().add(Text.of("sheet.note.statedAgain", draft.row.reference()));
                }
            } else {
                draft.row.notes().add(Text.of("sheet.note.statedAgain", kept.row.reference()));
            }
        }
        List<ActivityDraft> result = new ArrayList<>(byName.values());
        result.addAll(unnamed);
        return result;
    }

    private JsonObjectBuilder activity(ActivityDraft d, int index, ImportReading reading) {
        String path = "activities[" + index + "]";
        ImportRow row = d.row;
        reading.origin(path, row, row.reference(), "", "");
        JsonObjectBuilder a = Json.createObjectBuilder().add("key", "A" + (index + 1))
                .add("recordType", "CONTROLLER").add("status", "ACTIVE");
        name(d, a, path, reading);
        text(a, "description", d.joined(ActivityField.DESCRIPTION));
        purposes(d, a, path, reading);
        list(a, "subjectCategories", d.several(ActivityField.SUBJECTS), d.first(ActivityField.SUBJECTS), d.row, path, reading);
        dataCategories(d, a, path, reading);
        recipients(d, a, path, reading);
        text(a, "dataSource", d.joined(ActivityField.DATA_SOURCE));
        text(a, "department", d.joined(ActivityField.DEPARTMENT));
        text(a, "contactPerson", d.joined(ActivityField.CONTACT));
        text(a, "tomSummary", d.joined(ActivityField.MEASURES));
        text(a, "dpiaReference", d.joined(ActivityField.DPIA_REFERENCE));
        date(d, ActivityField.LAST_REVIEWED, a, "lastReviewedOn", path, reading);
        date(d, ActivityField.NEXT_REVIEW, a, "nextReviewOn", path, reading);
        a.add("transferKeys", transfers(d, row, reading));
        a.add("channelKeys", channels(d, row, reading));
        return a;
    }

    private void name(ActivityDraft d, JsonObjectBuilder a, String path, ImportReading reading) {
        Located name = d.first(ActivityField.NAME);
        String text = name == null ? null : name.text();
        Located from = name;
        if (text == null) {
            List<String> purposes = d.several(ActivityField.PURPOSES);
            if (!purposes.isEmpty()) {
                text = shortened(purposes.get(0), Lengths.NAME);
                from = d.first(ActivityField.PURPOSES);
                d.row.notes().add(Text.of("sheet.note.nameFromPurpose"));
            }
        }
        if (text == null) {
            d.row.problems().add(new CellProblem(d.row.reference(), "", "", Text.of("sheet.noName")));
            return;
        }
        d.row.name(text);
        a.add("name", text);
        reading.origin(path + ".name", d.row, from.cell(), from.heading(), from.text());
    }

    private void purposes(ActivityDraft d, JsonObjectBuilder a, String path, ImportReading reading) {
        List<Purpose> paired = new ArrayList<>();
        for (ActivityDraft row : d.rows()) {
            paired.addAll(purposesOf(row, d, paired.size(), path, reading));
        }
        Optional<Art9Condition> art9 = art9(d);
        String balancing = d.joined(ActivityField.BALANCING_TEST);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Purpose purpose : paired) {
            JsonObjectBuilder p = Json.createObjectBuilder().add("description", purpose.description())
                    .add("legalBasis", purpose.basis().name());
            art9.ifPresent(c -> p.add("art9Condition", c.name()));
            if (balancing != null && purpose.basis() == LegalBasis.F_LEGITIMATE_INTERESTS) {
                p.add("balancingTestReference", balancing);
            }
            list.add(p);
        }
        a.add("purposes", list);
    }

    /**
     * The purposes one row states, each with its legal basis: line by line when the row has as many bases as purposes,
     * one basis for all, or the basis cited in the purpose itself; otherwise a problem at the cell.
     */
    private List<Purpose> purposesOf(ActivityDraft row, ActivityDraft activity, int before, String path, ImportReading reading) {
        List<String> purposes = new ArrayList<>(row.several(ActivityField.PURPOSES));
        Located purposeCell = row.first(ActivityField.PURPOSES);
        Located basisCell = row.first(ActivityField.LEGAL_BASIS);
        List<String> basisLines = row.several(ActivityField.LEGAL_BASIS);
        List<LegalBasis> allBases = LegalBases.art6(row.joined(ActivityField.LEGAL_BASIS));
        List<Purpose> paired = new ArrayList<>();
        if (basisCell != null && allBases.isEmpty()) {
            activity.row.problems().add(new CellProblem(basisCell.cell(), basisCell.heading(), basisCell.text(),
                    Text.of("sheet.legalBasis", basisCell.text())));
            return paired;
        }
        if (purposes.isEmpty() && !allBases.isEmpty()) {
            purposes.add(activity.name().isEmpty() ? activity.row.name() : activity.name());
            purposeCell = basisCell;
        }
        boolean linePaired = basisLines.size() == purposes.size() && purposes.size() > 1
                && basisLines.stream().allMatch(line -> LegalBases.art6(line).size() == 1);
        for (int i = 0; i < purposes.size(); i++) {
            String purpose = purposes.get(i);
            List<LegalBasis> bases = linePaired ? LegalBases.art6(basisLines.get(i))
                    : allBases.size() == 1 || purposes.size() == 1 ? allBases : List.of();
            if (bases.isEmpty() && allBases.isEmpty()) {
                bases = LegalBases.art6(purpose); // "Lohnabrechnung (Art. 6 Abs. 1 lit. c DSGVO)"
            }
            if (bases.isEmpty()) {
                Located at = allBases.isEmpty() ? purposeCell : basisCell;
                activity.row.problems().add(new CellProblem(at.cell(), at.heading(), purpose,
                        Text.of(allBases.isEmpty() ? "sheet.noLegalBasis" : "sheet.legalBasesUnpaired", purpose, purposes.size(), allBases.size())));
                continue;
            }
            if (bases.size() > 1) {
                activity.row.notes().add(Text.of("sheet.note.purposePerBasis", shortened(purpose, 80), bases.size()));
            }
            for (LegalBasis basis : bases) {
                int index = before + paired.size();
                paired.add(new Purpose(purpose, basis));
                if (purposeCell != null) {
                    reading.origin(path + ".purposes[" + index + "]", activity.row, purposeCell.cell(), purposeCell.heading(), purposeCell.text());
                }
                if (basisCell != null) {
                    reading.origin(path + ".purposes[" + index + "].legalBasis", activity.row, basisCell.cell(), basisCell.heading(), basisCell.text());
                }
            }
        }
        return paired;
    }

    private record Purpose(String description, LegalBasis basis) {
    }

    private Optional<Art9Condition> art9(ActivityDraft d) {
        Located cell = d.first(ActivityField.ART9);
        if (cell == null || CellValues.answer(cell.text()).filter(x -> x == Answer.NO).isPresent()) {
            return Optional.empty();
        }
        List<Art9Condition> conditions = LegalBases.art9(d.joined(ActivityField.ART9));
        Optional<Art9Condition> byLabel = CellValues.enumValue(Art9Condition.class, cell.text());
        if (conditions.size() == 1 || byLabel.isPresent()) {
            return byLabel.isPresent() ? byLabel : Optional.of(conditions.get(0));
        }
        d.row.problems().add(new CellProblem(cell.cell(), cell.heading(), cell.text(), Text.of("sheet.art9", cell.text())));
        return Optional.empty();
    }

    private void dataCategories(ActivityDraft d, JsonObjectBuilder a, String path, ImportReading reading) {
        List<String> names = d.several(ActivityField.DATA_CATEGORIES);
        List<String> erasures = d.several(ActivityField.ERASURE);
        Located namesCell = d.first(ActivityField.DATA_CATEGORIES);
        JsonArrayBuilder list = Json.createArrayBuilder();
        int i = 0;
        for (String name : names) {
            String erasure = erasures.size() == names.size() ? erasures.get(i) : erasures.isEmpty() ? null : String.join("; ", erasures);
            list.add(category(name, erasure, false));
            reading.origin(path + ".dataCategories[" + i++ + "]", d.row, namesCell.cell(), namesCell.heading(), namesCell.text());
        }
        boolean specialNamed = false;
        for (String special : d.several(ActivityField.SPECIAL_DATA)) {
            Optional<Answer> answer = CellValues.answer(special);
            if (answer.isEmpty()) {
                Located cell = d.first(ActivityField.SPECIAL_DATA);
                list.add(category(special, erasures.size() == 1 ? erasures.get(0) : null, true));
                reading.origin(path + ".dataCategories[" + i++ + "]", d.row, cell.cell(), cell.heading(), cell.text());
                specialNamed = true;
            } else if (answer.get() == Answer.YES) {
                // "Ja" says whether, not which: the DPO marks the categories, the import cannot
                d.row.notes().add(Text.of("sheet.note.specialUnnamed"));
            }
        }
        for (ActivityDraft.DataItem item : d.dataItems) {
            list.add(category(item.name(), item.erasure(), item.special()));
            reading.origin(path + ".dataCategories[" + i++ + "]", d.row, item.where().cell(), item.where().heading(), item.where().text());
        }
        if (names.isEmpty() && d.dataItems.isEmpty() && !specialNamed && !erasures.isEmpty()) {
            Located cell = d.first(ActivityField.ERASURE);
            d.row.problems().add(new CellProblem(cell.cell(), cell.heading(), cell.text(), Text.of("sheet.erasureWithoutData")));
        }
        a.add("dataCategories", list);
    }

    private static JsonObjectBuilder category(String name, String erasure, boolean special) {
        JsonObjectBuilder c = Json.createObjectBuilder().add("name", name).add("specialCategory", special);
        if (erasure != null && !erasure.isBlank()) {
            c.add("erasurePeriod", erasure);
        }
        return c;
    }

    private void recipients(ActivityDraft d, JsonObjectBuilder a, String path, ImportReading reading) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        int i = 0;
        Located cell = d.first(ActivityField.RECIPIENTS);
        for (String name : d.several(ActivityField.RECIPIENTS)) {
            if (CellValues.answer(name).filter(x -> x == Answer.NO).isPresent()) {
                continue; // "keine"
            }
            list.add(recipient(name, name));
            reading.origin(path + ".recipients[" + i++ + "]", d.row, cell.cell(), cell.heading(), cell.text());
        }
        for (ActivityDraft.RecipientItem item : d.recipientItems) {
            list.add(recipient(item.name(), item.kind() + " " + item.name()));
            reading.origin(path + ".recipients[" + i++ + "]", d.row, item.where().cell(), item.where().heading(), item.where().text());
        }
        a.add("recipients", list);
    }

    /** A recipient a sheet names is internal when it says so, else external: a processor needs its record first. */
    private static JsonObjectBuilder recipient(String name, String kindText) {
        return Json.createObjectBuilder().add("name", name).add("kind", INTERNAL.matcher(kindText).find() ? "INTERNAL" : "EXTERNAL");
    }

    private JsonArrayBuilder transfers(ActivityDraft d, ImportRow row, ImportReading reading) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        Located countries = d.first(ActivityField.THIRD_COUNTRIES);
        String safeguards = d.joined(ActivityField.SAFEGUARDS);
        for (String value : d.several(ActivityField.THIRD_COUNTRIES)) {
            if (CellValues.answer(value).filter(x -> x == Answer.NO).isPresent() || value.matches("(?i)n/?a|—|-|/")) {
                continue; // "keine", "n/a"
            }
            keys.add(transfer(value, value, safeguards, countries, row, reading));
        }
        for (ActivityDraft.TransferItem item : d.transferItems) {
            String country = item.country() == null || item.country().isBlank() ? item.recipient() : item.country();
            keys.add(transfer(item.recipient() == null || item.recipient().isBlank() ? country : item.recipient(), country,
                    item.safeguard(), item.where(), row, reading));
        }
        return keys;
    }

    private String transfer(String recipient, String countryText, String safeguards, Located where, ImportRow row, ImportReading reading) {
        // the same recipient in the same country under the same safeguard is one transfer, whichever rows name it
        // (a sheet that names only the country, as "USA" or "Vereinigte Staaten", names the same transfer either way)
        String who = recipient.equals(countryText) ? "" : CellValues.comparable(recipient);
        String identity = who + "\n" + Countries.code(countryText).orElse(countryText) + "\n" + mechanism(safeguards);
        String known = transferKeys.get(identity);
        if (known != null) {
            return known;
        }
        String key = "T" + (++transferCount);
        transferKeys.put(identity, key);
        String path = "transfers[" + (transferCount - 1) + "]";
        reading.origin(path, row, where.cell(), where.heading(), where.text());
        JsonObjectBuilder t = Json.createObjectBuilder().add("key", key).add("recipient", shortened(recipient, Lengths.NAME));
        Optional<String> country = Countries.code(countryText);
        if (country.isPresent()) {
            t.add("country", country.get());
        } else {
            row.problems().add(new CellProblem(where.cell(), where.heading(), countryText, Text.of("sheet.country", countryText)));
        }
        TransferMechanism mechanism = mechanism(safeguards);
        if (mechanism == TransferMechanism.NONE) {
            row.notes().add(Text.of("sheet.note.noSafeguard", countryText));
        }
        t.add("mechanism", mechanism.name());
        if (safeguards != null && !safeguards.isBlank()) {
            t.add("safeguardsDocumentation", shortened(safeguards, Lengths.TEXT));
        }
        transfers.add(t);
        return key;
    }

    static TransferMechanism mechanism(String safeguards) {
        if (safeguards == null) {
            return TransferMechanism.NONE;
        }
        return SAFEGUARDS.entrySet().stream().filter(e -> e.getValue().matcher(safeguards).find()).map(Map.Entry::getKey)
                .findFirst().orElse(TransferMechanism.NONE);
    }

    private JsonArrayBuilder channels(ActivityDraft d, ImportRow row, ImportReading reading) {
        List<String> codes = new ArrayList<>();
        List<Located> sources = new ArrayList<>();
        for (Located cell : d.of(ActivityField.CHANNELS)) {
            services.in(cell.text(), true).forEach(code -> { codes.add(code); sources.add(cell); });
        }
        // recipients are left out: "Meta (WhatsApp)" names who receives data, not a channel the organisation uses
        for (ActivityField field : List.of(ActivityField.NAME, ActivityField.DESCRIPTION, ActivityField.PURPOSES)) {
            for (Located cell : d.of(field)) {
                services.in(cell.text(), false).forEach(code -> { codes.add(code); sources.add(cell); });
            }
        }
        JsonArrayBuilder keys = Json.createArrayBuilder();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (added.contains(code)) {
                continue;
            }
            added.add(code);
            keys.add(channelKey(code, sources.get(i), row, reading));
        }
        return keys;
    }

    private String channelKey(String code, Located source, ImportRow row, ImportReading reading) {
        String existing = existingChannels.get(code);
        String name = existing != null ? existing : serviceNames.get(code);
        row.notes().add(Text.of(existing != null ? "sheet.note.channelLinked" : "sheet.note.channelNew", name));
        Integer index = channelKeys.get(code);
        if (index == null) {
            index = channelKeys.size();
            channelKeys.put(code, index);
            // a channel the sheet only names: what it does not say stays unknown, and the findings ask for it
            channels.add(Json.createObjectBuilder().add("key", "C" + (index + 1)).add("name", name).add("serviceCode", code)
                    .add("audience", "BOTH").add("backupMode", "UNKNOWN").add("contactSync", "UNKNOWN")
                    .add("art13Information", "UNKNOWN").add("status", "ACTIVE"));
            reading.origin("channels[" + index + "]", row, source.cell(), source.heading(), source.text());
        }
        return "C" + (index + 1);
    }

    private static void date(ActivityDraft d, ActivityField field, JsonObjectBuilder a, String property, String path, ImportReading reading) {
        Located cell = d.first(field);
        if (cell == null) {
            return;
        }
        Optional<java.time.LocalDate> date = CellValues.date(cell.text());
        if (date.isPresent()) {
            a.add(property, date.get().toString());
            reading.origin(path + "." + property, d.row, cell.cell(), cell.heading(), cell.text());
        } else {
            d.row.problems().add(new CellProblem(cell.cell(), cell.heading(), cell.text(), Text.of("sheet.date", cell.text())));
        }
    }

    private static void text(JsonObjectBuilder a, String property, String text) {
        if (text != null && !text.isBlank()) {
            a.add(property, text);
        }
    }

    private static void list(JsonObjectBuilder a, String property, List<String> values, Located cell, ImportRow row, String path,
                             ImportReading reading) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            list.add(values.get(i));
            reading.origin(path + "." + property + "[" + i + "]", row, cell.cell(), cell.heading(), cell.text());
        }
        a.add(property, list);
    }

    static String shortened(String text, int max) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (single.length() <= max) {
            return single;
        }
        int cut = single.lastIndexOf(' ', max - 1);
        return single.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
