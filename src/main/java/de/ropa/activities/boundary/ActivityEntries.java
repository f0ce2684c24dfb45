package de.ropa.activities.boundary;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DataCategory;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.Purpose;
import de.ropa.activities.entity.Recipient;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an activity on the wire (classes: see OrganisationRequest). */
public final class ActivityEntries {

    private ActivityEntries() {
    }

    /** A purpose with its own legal basis. */
    @Schema(name = "Purpose")
    public static class PurposeEntry implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Schema(example = "Terminvereinbarung mit Kundinnen und Kunden", required = true)
        @NotBlank
        @Size(max = Lengths.TEXT)
        public String description;

        @Schema(description = "Art. 6(1) letter", required = true)
        @NotNull
        public LegalBasis legalBasis;

        @Schema(description = "Art. 9(2) condition, for special categories")
        public Art9Condition art9Condition;

        @Schema(example = "Art. 6 Abs. 1 lit. c DS-GVO i. V. m. § 257 HGB")
        @Size(max = Lengths.SHORT_TEXT)
        public String statutorySource;

        @Schema(description = "Where the balancing test for legitimate interests is documented", example = "Interessenabwägung IA-2026-03")
        @Size(max = Lengths.SHORT_TEXT)
        public String balancingTestReference;

        Purpose toEntity() {
            return new Purpose(description, legalBasis, art9Condition, statutorySource, balancingTestReference);
        }

        public static PurposeEntry from(Purpose purpose) {
            PurposeEntry entry = new PurposeEntry();
            entry.description = purpose.getDescription();
            entry.legalBasis = purpose.getLegalBasis();
            entry.art9Condition = purpose.getArt9Condition();
            entry.statutorySource = purpose.getStatutorySource();
            entry.balancingTestReference = purpose.getBalancingTestReference();
            return entry;
        }
    }

    /** A category of personal data with its erasure period. */
    @Schema(name = "DataCategory")
    public static class DataCategoryEntry implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Schema(example = "Name, Telefonnummer", required = true)
        @NotBlank
        @Size(max = Lengths.NAME)
        public String name;

        @Schema(description = "Special category under Art. 9")
        public Boolean specialCategory;

        @Schema(example = "6 Monate nach Terminende")
        @Size(max = Lengths.SHORT_TEXT)
        public String erasurePeriod;

        DataCategory toEntity() {
            return new DataCategory(name, Boolean.TRUE.equals(specialCategory), erasurePeriod);
        }

        public static DataCategoryEntry from(DataCategory category) {
            DataCategoryEntry entry = new DataCategoryEntry();
            entry.name = category.getName();
            entry.specialCategory = category.isSpecialCategory();
            entry.erasurePeriod = category.getErasurePeriod();
            return entry;
        }
    }

    /** A category of recipients and its country; a processor recipient names the processor. */
    @Schema(name = "Recipient")
    public static class RecipientEntry implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Schema(example = "Meta Platforms Ireland Ltd.", required = true)
        @NotBlank
        @Size(max = Lengths.NAME)
        public String name;

        @Schema(required = true)
        @NotNull
        public RecipientKind kind;

        @Schema(description = "ISO 3166-1 alpha-2", example = "IE")
        @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
        @Size(max = Lengths.COUNTRY)
        public String country;

        @Schema(description = "Required when kind is PROCESSOR")
        public Long processorId;

        public static RecipientEntry from(Recipient recipient) {
            RecipientEntry entry = new RecipientEntry();
            entry.name = recipient.getName();
            entry.kind = recipient.getKind();
            entry.country = recipient.getCountry();
            entry.processorId = recipient.getProcessor() == null ? null : recipient.getProcessor().getId();
            return entry;
        }
    }
}
