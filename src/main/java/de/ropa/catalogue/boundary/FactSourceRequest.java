package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.FactSource;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source of a catalogue fact as a client sends it. */
@Schema(name = "FactSource")
public class FactSourceRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The document's own title", example = "WhatsApp Privacy Policy (European Region)", required = true)
    @NotBlank
    @Size(max = Lengths.SHORT_TEXT)
    public String title;

    @Schema(example = "WhatsApp Ireland Limited")
    @Size(max = Lengths.NAME)
    public String publisher;

    @Schema(description = "Where the document can be read", example = "https://www.whatsapp.com/legal/privacy-policy-eea")
    @Size(max = Lengths.URL)
    @Pattern(regexp = "https?://\\S+", message = "{ropa.url}")
    public String url;

    @Schema(description = "The document's date (effective, last updated or published); empty if it shows none",
            example = "2023-12-04")
    public LocalDate documentDate;

    static FactSourceRequest from(ServiceFactResponse.Source s) {
        FactSourceRequest r = new FactSourceRequest();
        r.title = s.title();
        r.publisher = s.publisher();
        r.url = s.url();
        r.documentDate = s.documentDate();
        return r;
    }

    FactSource toSource() {
        return new FactSource(title.strip(), publisher, url, documentDate);
    }

    boolean locatable() {
        return url != null && !url.isBlank();
    }
}
