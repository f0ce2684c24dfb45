package de.ropa.spreadsheets.boundary;

import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Channel;
import de.ropa.exchange.boundary.DocumentVersions;
import de.ropa.exchange.boundary.ExchangeService;
import de.ropa.exchange.boundary.ImportRehearsed;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.platform.boundary.JsonbConfiguration;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.entity.Role;
import de.ropa.platform.i18n.Text;
import de.ropa.spreadsheets.control.ActivityAssembler;
import de.ropa.spreadsheets.control.ActivityField;
import de.ropa.spreadsheets.control.CellProblem;
import de.ropa.spreadsheets.control.ImportProfile;
import de.ropa.spreadsheets.control.ImportReading;
import de.ropa.spreadsheets.control.ImportRow;
import de.ropa.spreadsheets.control.Sheet;
import de.ropa.spreadsheets.control.SheetActivities;
import de.ropa.spreadsheets.control.SheetFiles;
import de.ropa.spreadsheets.control.WorkbookReader;
import de.ropa.spreadsheets.control.WorkbookWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import de.ropa.platform.boundary.BodyLimits;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register in and out of spreadsheets: the whole register as the product's workbook, and the import of a
 * spreadsheet (the workbook, the published templates' layouts, any table with recognisable or mapped headings) into
 * an organisation, previewed first, then all or nothing as one trail entry. The preview rehearses the whole import,
 * every service's rule included, and rolls it back, so a ready preview is what the import will do.
 */
@ApplicationScoped
public class SpreadsheetService {

    private static final int MAX_PROBLEMS = 500;
    private static final jakarta.json.bind.Jsonb JSONB = new JsonbConfiguration().getContext(RegisterDocument.class);
    /** Cells left to right: column B before AA. */
    private static final java.util.Comparator<CellProblem> IN_SHEET_ORDER = java.util.Comparator.comparing(
            (CellProblem p) -> p.cell().replaceFirst("^.*!([A-Z]*)\\d*$", "$1"),
            java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));

    @Inject
    ExchangeService exchange;

    @Inject
    CatalogueService catalogue;

    @Inject
    ChannelService channels;

    @Inject
    OrganisationService organisations;

    /** The whole register as the product's workbook, headings and values in the language. */
    public byte[] workbook(long orgId, Locale language) {
        RegisterDocument document = exchange.export(orgId);
        String json = JSONB.toJson(document);
        JsonObject tree = Json.createReader(new StringReader(json)).readObject();
        return WorkbookWriter.write(tree, language);
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public ImportPreview preview(long orgId, InputStream upload, ImportProfile profile, Map<String, Optional<ActivityField>> mapping,
                                 Locale language) {
        organisations.find(orgId);
        // read only now, after the role check: an upload of someone who may not import is never held
        List<Sheet> sheets = SheetFiles.read(SheetFiles.bounded(upload, BodyLimits.SPREADSHEET));
        Read read = read(orgId, sheets, profile, mapping);
        Map<String, Integer> counts = Map.of();
        if (!read.reading().hasProblems()) {
            try {
                exchange.add(orgId, read.document(), true);
            } catch (ImportRehearsed rehearsed) {
                counts = rehearsed.counts();
            } catch (InvalidFieldException refused) {
                refused.problems().forEach(p -> read.reading().problemAt(p.field(), p.text()));
            }
        }
        return preview(read, sheets, mapping, counts, language);
    }

    /** Imports the file, or refuses it as a whole with every problem cell (400, each problem's field a cell). */
    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Map<String, Integer> importFile(long orgId, InputStream upload, ImportProfile profile,
                                           Map<String, Optional<ActivityField>> mapping) {
        organisations.find(orgId);
        Read read = read(orgId, SheetFiles.read(SheetFiles.bounded(upload, BodyLimits.SPREADSHEET)), profile, mapping);
        refuseIfProblems(read.reading());
        try {
            return exchange.add(orgId, read.document(), false);
        } catch (InvalidFieldException refused) {
            refused.problems().forEach(p -> read.reading().problemAt(p.field(), p.text()));
            refuseIfProblems(read.reading());
            throw refused;
        }
    }

    private record Read(ImportProfile profile, ImportReading reading, RegisterDocument document) {
    }

    private Read read(long orgId, List<Sheet> sheets, ImportProfile profile, Map<String, Optional<ActivityField>> mapping) {
        boolean workbook = profile == ImportProfile.WORKBOOK || profile == ImportProfile.AUTO && WorkbookReader.recognises(sheets);
        ImportReading reading;
        if (workbook) {
            reading = WorkbookReader.read(sheets);
        } else {
            reading = new ImportReading();
            Map<String, String> existing = new HashMap<>();
            for (Channel channel : channels.allWithService(orgId)) {
                existing.putIfAbsent(channel.getService().getCode(), channel.getName());
            }
            new ActivityAssembler(catalogue.serviceNames(), existing).assemble(SheetActivities.read(sheets, mapping, reading), reading);
            if (reading.rows().isEmpty() && reading.fileProblems().isEmpty()) {
                reading.fileProblem(new CellProblem("", "", "", Text.of("sheet.noActivities")));
            }
        }
        ImportProfile recognised = ImportProfile.recognised(reading.headings());
        ImportProfile read = workbook ? ImportProfile.WORKBOOK
                : profile == ImportProfile.AUTO || profile == ImportProfile.GENERIC ? recognised : profile;
        if (profile.template() && !profile.matches(reading.headings())) {
            // the layout chosen is not the file's: say which headings it lacks rather than read it as something else
            reading.fileProblem(new CellProblem("", "", "", Text.of("sheet.notTheTemplate", profile,
                    profile.signature())));
        }
        RegisterDocument document = null;
        if (!reading.hasProblems()) {
            try {
                // a sheet of activities states no organisation: the document's stays null, the organisation's details stay
                document = DocumentVersions.read(reading.document());
            } catch (InvalidFieldException refused) {
                refused.problems().forEach(p -> reading.problemAt(p.field(), p.text()));
            }
        }
        return new Read(read, reading, document);
    }

    private static void refuseIfProblems(ImportReading reading) {
        if (!reading.hasProblems()) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        reading.fileProblems().forEach(p -> problems.add(new FieldProblem(p.cell().isEmpty() ? "file" : p.cell(), p.reason())));
        for (ImportRow row : reading.rows()) {
            row.problems().forEach(p -> problems.add(new FieldProblem(p.cell(), p.reason())));
        }
        throw new InvalidFieldException(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }

    private static ImportPreview preview(Read read, List<Sheet> sheets, Map<String, Optional<ActivityField>> mapping,
                                         Map<String, Integer> counts, Locale language) {
        ImportReading reading = read.reading();
        List<ImportPreview.Row> rows = reading.rows().stream().map(r -> new ImportPreview.Row(r.reference(), r.sheet(), r.number(),
                r.kind(), r.name(), r.problems().isEmpty() ? "OK" : "PROBLEM",
                r.problems().stream().sorted(IN_SHEET_ORDER).map(p -> problem(p, language)).toList(),
                r.notes().stream().map(t -> t.render(language)).distinct().toList())).toList();
        List<ImportPreview.Column> columns = read.profile() == ImportProfile.WORKBOOK ? List.of()
                : SheetActivities.headings(sheets, mapping).stream()
                        .map(h -> new ImportPreview.Column(h.sheet(), h.column(), h.heading(), h.field())).toList();
        return new ImportPreview(read.profile(), !reading.hasProblems() && !counts.isEmpty(), counts, rows,
                reading.fileProblems().stream().map(p -> problem(p, language)).toList(), columns, reading.ignoredColumns());
    }

    private static ImportPreview.Problem problem(CellProblem p, Locale language) {
        return new ImportPreview.Problem(p.cell(), p.heading(), p.value(), p.reason().render(language));
    }
}
