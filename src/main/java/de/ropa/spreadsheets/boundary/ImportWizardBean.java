package de.ropa.spreadsheets.boundary;

import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.Labels;
import de.ropa.spreadsheets.control.ActivityField;
import de.ropa.spreadsheets.control.ImportProfile;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import jakarta.servlet.http.Part;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;

/**
 * The spreadsheet import as a DPO does it: upload a file and choose its layout, map the columns the import did not
 * recognise, read the preview row by row, then import. The file stays in the view between the steps; nothing is
 * stored before the import.
 */
@Named
@ViewScoped
public class ImportWizardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** In the mapping's choices: leave the column out. */
    public static final String LEAVE_OUT = "NONE";

    @Inject
    SpreadsheetService spreadsheets;

    @Inject
    OrganisationContext context;

    @Inject
    FormErrors errors;

    private transient Part upload;
    /** The uploaded file between the steps, in a temporary file: a view holds its path, not megabytes. */
    private String file;
    private String fileName;
    private ImportProfile profile = ImportProfile.AUTO;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private ImportPreview preview;
    /** The mapping was changed after the preview: the import waits until the file is read with it. */
    private boolean mappingChanged;

    /** Step 1 → 3: reads the uploaded file and shows what its import would do. */
    public void read() {
        if (upload == null || upload.getSize() == 0) {
            errors.refused(text("import.chooseFile"));
            return;
        }
        try (var content = upload.getInputStream()) {
            discardFile();
            Path stored = Files.createTempFile("ropa-import-", ".upload");
            Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
            file = stored.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fileName = upload.getSubmittedFileName();
        mapping.clear();
        previewFile();
    }

    /** Reads the file again with the columns as the DPO mapped them. */
    public void remap() {
        previewFile();
    }

    /** A mapping changed on the page: what the preview said no longer holds until the file is read again. */
    public void mappingChanged() {
        mappingChanged = true;
    }

    private void previewFile() {
        try (InputStream content = Files.newInputStream(Path.of(file))) {
            preview = spreadsheets.preview(context.require(), content, profile, chosenMapping(), Labels.locale());
            mappingChanged = false;
            preview.columns().forEach(c -> mapping.putIfAbsent(key(c), c.field() == null ? LEAVE_OUT : c.field().name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFieldException unreadable) {
            preview = null;
            unreadable.problems().forEach(p -> errors.refused(p.text().render(Labels.locale())));
        }
    }

    public String importFile() {
        if (mappingChanged || preview == null || !preview.ready()) {
            errors.refused(text("import.readFirst"));
            return null;
        }
        Map<String, Integer> counts;
        try (InputStream content = Files.newInputStream(Path.of(file))) {
            counts = spreadsheets.importFile(context.require(), content, profile, chosenMapping());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFieldException refused) {
            previewFile(); // shows each cell again; the preview was taken before someone else changed the register
            errors.refused(text("import.refused"));
            return null;
        }
        errors.saved(new MessageFormat(text("import.done"), Labels.locale()).format(new Object[] {
            counts.getOrDefault("activities", 0), counts.getOrDefault("channels", 0), counts.getOrDefault("transfers", 0)}));
        discardFile();
        return "/activities/list?faces-redirect=true";
    }

    /** The column's key in the mapping: its sheet and letter, so that equal headings are mapped each on its own. */
    public String key(ImportPreview.Column column) {
        return column.sheet() + "!" + column.column();
    }

    @PreDestroy
    void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(Path.of(file));
            } catch (IOException ignored) {
                // a temporary file the system cleans up in its time
            }
            file = null;
        }
    }

    public void restart() {
        discardFile();
        fileName = null;
        preview = null;
        mapping.clear();
    }

    private Map<String, Optional<ActivityField>> chosenMapping() {
        Map<String, Optional<ActivityField>> chosen = new LinkedHashMap<>();
        mapping.forEach((heading, field) -> chosen.put(heading, LEAVE_OUT.equals(field) ? Optional.empty()
                : Optional.of(ActivityField.valueOf(field))));
        return chosen;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public List<ActivityField> getFields() {
        return List.of(ActivityField.values());
    }

    public List<ImportProfile> getProfiles() {
        return List.of(ImportProfile.values());
    }

    public long getProblemCount() {
        return preview == null ? 0 : preview.problems().size()
                + preview.rows().stream().mapToLong(r -> r.problems().size()).sum();
    }

    /** A kind's count as the preview's summary says it: "3 Verarbeitungstätigkeiten". */
    public String getSummary() {
        if (preview == null || preview.counts().isEmpty()) {
            return "";
        }
        ResourceBundle texts = ResourceBundle.getBundle("de.ropa.platform.i18n.messages", Labels.locale());
        return new MessageFormat(texts.getString("import.summary"), Labels.locale()).format(new Object[] {preview.counts().getOrDefault("activities", 0),
                preview.counts().getOrDefault("channels", 0), preview.counts().getOrDefault("transfers", 0),
                preview.counts().getOrDefault("processors", 0), preview.counts().getOrDefault("measures", 0)});
    }

    /** The headings the import leaves out, as one line. */
    public String getIgnored() {
        return preview == null ? "" : String.join("; ", preview.ignored());
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportProfile getProfile() {
        return profile;
    }

    public void setProfile(ImportProfile profile) {
        this.profile = profile == null ? ImportProfile.AUTO : profile;
    }

    public Map<String, String> getMapping() {
        return mapping;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isMappingChanged() {
        return mappingChanged;
    }
}
