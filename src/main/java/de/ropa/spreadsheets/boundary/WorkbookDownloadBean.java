package de.ropa.spreadsheets.boundary;

import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.faces.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The "register as Excel" button: the current organisation's whole register as the product's workbook. */
@Named("workbookDownload")
@RequestScoped
public class WorkbookDownloadBean {

    @Inject
    SpreadsheetService spreadsheets;

    @Inject
    OrganisationContext context;

    public StreamedContent workbook() {
        Locale language = Labels.locale();
        byte[] workbook = spreadsheets.workbook(context.require(), language);
        FacesContext faces = FacesContext.getCurrentInstance();
        String name = faces.getApplication().getResourceBundle(faces, "msg").getString("import.workbookFile");
        return DefaultStreamedContent.builder().name(name + "-" + language.getLanguage() + ".xlsx")
                .contentType(WorkbookExportResource.XLSX).stream(() -> new ByteArrayInputStream(workbook)).build();
    }
}
