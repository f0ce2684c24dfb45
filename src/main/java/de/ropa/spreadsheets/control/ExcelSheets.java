package de.ropa.spreadsheets.control;

import de.ropa.platform.control.InvalidFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheets of an Excel workbook (.xlsx, Office Open XML), read from its parts as streams: the workbook's sheet list,
 * the shared strings, the styles (which number formats are dates) and each sheet's cells and merged areas. A
 * formula cell reads as the result Excel stored with it. Written by hand because the readers on offer either hold
 * the whole workbook as objects (Apache POI's OOXML part: some 9 MB of the WAR) or do not report merged areas.
 */
final class ExcelSheets {

    /** Excel's built-in number formats that show dates: 14–22, 27–36, 45–47, 50–58 (the last two groups East Asian). */
    private static final Pattern BUILT_IN_DATE = Pattern.compile("1[4-9]|2[0-2]|2[7-9]|3[0-6]|4[5-7]|5[0-8]");
    private static final Pattern CELL_REFERENCE = Pattern.compile("([A-Z]{1,3})([0-9]{1,7})");

    private final ZipFile zip;
    private final List<String> sharedStrings = new ArrayList<>();
    /** Per cell style (the cell's s attribute), whether its number format shows a date. */
    private final List<Boolean> dateStyles = new ArrayList<>();
    private boolean date1904;

    private ExcelSheets(ZipFile zip) {
        this.zip = zip;
    }

    /** Reads the workbook from a file of its own: a zip is read by its directory, which streaming writers rely on. */
    static List<Sheet> read(byte[] file) throws IOException {
        Path copy = Files.createTempFile("ropa-workbook-", ".xlsx");
        try {
            Files.write(copy, file);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                requireUnpackedWithin(zip, SheetFiles.MAX_UNPACKED);
                return new ExcelSheets(zip).sheets();
            }
        } catch (XMLStreamException malformed) {
            throw new IOException(malformed);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Every part inflated once, counted, before any is read: a part that inflates beyond the limit (a zip bomb of
     * random-looking XML keeps within any ratio check) is refused before it can fill the heap.
     */
    private static void requireUnpackedWithin(ZipFile zip, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            try (InputStream entry = zip.getInputStream(entries.nextElement())) {
                for (int read = entry.read(buffer); read > 0; read = entry.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        throw new InvalidFieldException("file", "sheet.tooLarge", de.ropa.platform.boundary.BodyLimits.describe(limit));
                    }
                }
            }
        }
    }

    private List<Sheet> sheets() throws IOException, XMLStreamException {
        String workbookPart = relationships("", "_rels/.rels").byType("/officeDocument");
        if (workbookPart == null) {
            throw new InvalidFieldException("file", "sheet.unreadable");
        }
        Relationships parts = relationships(folderOf(workbookPart), relationshipsOf(workbookPart));
        if (parts.byType("/sharedStrings") != null) {
            readSharedStrings(parts.byType("/sharedStrings"));
        }
        if (parts.byType("/styles") != null) {
            readStyles(parts.byType("/styles"));
        }
        List<String[]> listed = sheetList(workbookPart);
        if (listed.size() > SheetFiles.MAX_SHEETS) {
            throw new InvalidFieldException("file", "sheet.tooManySheets", SheetFiles.MAX_SHEETS);
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String[] sheet : listed) {
            String part = parts.byId(sheet[1]);
            if (part != null) {
                sheets.add(sheet(sheet[0], part));
            }
        }
        return sheets;
    }

    /** The workbook's sheets in their order: name and relationship id; and whether its dates count from 1904. */
    private List<String[]> sheetList(String workbookPart) throws IOException, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        try (Part part = open(workbookPart)) {
            XMLStreamReader xml = part.xml;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(xml.getLocalName())) {
                    String flag = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(flag) || "true".equals(flag);
                } else if ("sheet".equals(xml.getLocalName())) {
                    sheets.add(new String[] {xml.getAttributeValue(null, "name"), relationshipId(xml)});
                }
            }
        }
        return sheets;
    }

    /**
     * A sheet's r:id. Elements are matched by local name and the relationship attribute by its namespace's end, so
     * that Strict Open XML (purl.oclc.org namespaces), which Excel writes on request, reads like the usual form.
     */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.endsWith("/relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Each si element's text: its runs joined, the phonetic hints (rPh) left out. */
    private void readSharedStrings(String name) throws IOException, XMLStreamException {
        try (Part part = open(name)) {
            XMLStreamReader xml = part.xml;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    sharedStrings.add(richText(xml, "si"));
                }
            }
        }
    }

    private void readStyles(String name) throws IOException, XMLStreamException {
        Map<String, String> customFormats = new HashMap<>();
        try (Part part = open(name)) {
            XMLStreamReader xml = part.xml;
            boolean inCellFormats = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellFormats = false;
                } else if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                } else if ("numFmt".equals(xml.getLocalName())) {
                    customFormats.put(xml.getAttributeValue(null, "numFmtId"), xml.getAttributeValue(null, "formatCode"));
                } else if ("cellXfs".equals(xml.getLocalName())) {
                    inCellFormats = true;
                } else if (inCellFormats && "xf".equals(xml.getLocalName())) {
                    String id = xml.getAttributeValue(null, "numFmtId");
                    String custom = customFormats.get(id);
                    dateStyles.add(custom != null ? showsDate(custom) : id != null && BUILT_IN_DATE.matcher(id).matches());
                }
            }
        }
    }

    /**
     * Whether a number format shows a date: it has day, month or year placeholders outside quoted text, escapes and
     * brackets ([Red], [$-407]); [h]:mm (a duration) and plain numbers do not.
     */
    static boolean showsDate(String format) {
        String section = format.split(";", 2)[0];
        String bare = section.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("_.|\\*.", "");
        return bare.matches("(?i).*[dy].*") || bare.matches("(?i).*m.*") && !bare.matches("(?i)[^dy]*[h:][^dy]*");
    }

    private Sheet sheet(String name, String partName) throws IOException, XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> merged = new ArrayList<>();
        try (Part part = open(partName)) {
            XMLStreamReader xml = part.xml;
            int nextRow = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("row".equals(xml.getLocalName())) {
                    int index = positive(xml.getAttributeValue(null, "r"), nextRow + 1) - 1;
                    List<String> cells = row(xml);
                    nextRow = index + 1;
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue; // a formatted but empty row, often hundreds of thousands of them, is no row
                    }
                    if (index >= SheetFiles.MAX_ROWS) {
                        throw new InvalidFieldException("file", "sheet.tooManyRows", name, SheetFiles.MAX_ROWS);
                    }
                    while (rows.size() < index) {
                        rows.add(new ArrayList<>());
                    }
                    rows.add(cells);
                } else if ("mergeCell".equals(xml.getLocalName())) {
                    if (merged.size() >= SheetFiles.MAX_MERGED) {
                        throw new InvalidFieldException("file", "sheet.tooManyMerged", SheetFiles.MAX_MERGED);
                    }
                    int[] area = area(xml.getAttributeValue(null, "ref"));
                    if (area != null) {
                        merged.add(area);
                    }
                }
            }
        }
        SheetFiles.Spread spread = new SheetFiles.Spread();
        merged.forEach(area -> spread.area(rows, area[0], area[1], area[2], area[3]));
        return new Sheet(name == null ? "" : name, rows);
    }

    /** One row element's cells, up to its end; a cell's place is its reference (r="C7"), else the one after the last. */
    private List<String> row(XMLStreamReader xml) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                int[] at = reference(xml.getAttributeValue(null, "r"));
                int column = at == null ? cells.size() : at[1];
                String text = cell(xml);
                if (column < SheetFiles.MAX_COLUMNS && !text.isEmpty()) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (column < cells.size()) {
                        cells.set(column, text);
                    } else {
                        cells.add(text);
                    }
                }
            }
        }
        return cells;
    }

    /** One c element's text, read to its end. */
    private String cell(XMLStreamReader xml) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = positive(xml.getAttributeValue(null, "s"), 0);
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "v".equals(xml.getLocalName())) {
                value = xml.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT && "is".equals(xml.getLocalName())) {
                inline = richText(xml, "is");
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? "" : inline;
        }
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value);
            case "str" -> value;
            case "b" -> "1".equals(value.strip()) || "true".equals(value.strip()) ? "true" : "false";
            case "e" -> "";
            case "d" -> value.length() >= 10 ? value.substring(0, 10) : value;
            default -> number(value, style < dateStyles.size() && dateStyles.get(style));
        };
    }

    private String sharedString(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : "";
        } catch (NumberFormatException notAnIndex) {
            return "";
        }
    }

    /** A number as POI told it before: whole numbers without a decimal point, others without trailing zeros; a date as ISO. */
    private String number(String value, boolean date) {
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
        if (date && number >= 0 && number < 2_958_466) {
            long days = (long) Math.floor(number);
            // Excel's 1900 calendar counts a 29 February 1900 that never was: serial 60; later serials are one ahead
            LocalDate day = date1904 ? LocalDate.of(1904, 1, 1).plusDays(days)
                    : LocalDate.of(1899, 12, 31).plusDays(days - (days >= 60 ? 1 : 0));
            return day.toString();
        }
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The text of a rich-text element (si, is): every t, the phonetic runs' left out; the text is bounded. */
    private static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && element.equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "rPh".equals(xml.getLocalName())) {
                phonetic++;
            } else if (event == XMLStreamConstants.END_ELEMENT && "rPh".equals(xml.getLocalName())) {
                phonetic--;
            } else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(xml.getLocalName()) && phonetic == 0) {
                String run = xml.getElementText();
                text.append(run, 0, Math.min(run.length(), Math.max(0, SheetFiles.MAX_CELL - text.length())));
            }
        }
        return text.toString();
    }

    /** "B3:D5" as first row, first column, last row, last column (from 0); null for what is not an area. */
    private static int[] area(String ref) {
        String[] corners = ref == null ? new String[0] : ref.split(":");
        int[] from = corners.length == 2 ? reference(corners[0]) : null;
        int[] to = corners.length == 2 ? reference(corners[1]) : null;
        return from == null || to == null ? null : new int[] {from[0], from[1], to[0], to[1]};
    }

    /** "C7" as row 6, column 2; null for anything else. */
    private static int[] reference(String ref) {
        Matcher matcher = ref == null ? null : CELL_REFERENCE.matcher(ref.replace("$", ""));
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int column = 0;
        for (char letter : matcher.group(1).toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return new int[] {Integer.parseInt(matcher.group(2)) - 1, column - 1};
    }

    /** A row number (from 1) or a style index (from 0) as written; what is no number or negative counts as {@code otherwise}. */
    private static int positive(String number, int otherwise) {
        try {
            int read = number == null ? otherwise : Integer.parseInt(number.strip());
            return read < 0 ? otherwise : read;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A package's relationships from one part to others: by id, and the first of each type. */
    private record Relationships(Map<String, String> targets, Map<String, String> types) {

        String byId(String id) {
            return id == null ? null : targets.get(id);
        }

        /** The target of the first relationship whose type ends with {@code suffix} ("/styles"). */
        String byType(String suffix) {
            return types.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private Relationships relationships(String folder, String name) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        Map<String, String> types = new java.util.LinkedHashMap<>();
        if (zip.getEntry(name) == null) {
            return new Relationships(targets, types);
        }
        try (Part part = open(name)) {
            XMLStreamReader xml = part.xml;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = resolved(folder, xml.getAttributeValue(null, "Target"));
                    targets.put(xml.getAttributeValue(null, "Id"), target);
                    types.putIfAbsent(String.valueOf(xml.getAttributeValue(null, "Type")), target);
                }
            }
        }
        return new Relationships(targets, types);
    }

    /** A relationship's target as a name in the zip: "/xl/styles.xml" from the root, "worksheets/sheet1.xml" from the folder. */
    private static String resolved(String folder, String target) {
        if (target == null) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if ("..".equals(segment) && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!segment.isEmpty() && !".".equals(segment) && !"..".equals(segment)) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    private static String folderOf(String part) {
        return part.contains("/") ? part.substring(0, part.lastIndexOf('/') + 1) : "";
    }

    private static String relationshipsOf(String part) {
        return folderOf(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    /** A part of the package as XML, without document types or entities (no file, no address is ever fetched). */
    private Part open(String name) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidFieldException("file", "sheet.unreadable");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = zip.getInputStream(entry);
        return new Part(in, factory.createXMLStreamReader(in));
    }

    private record Part(InputStream in, XMLStreamReader xml) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the stream is closed below either way
            }
            in.close();
        }
    }
}
