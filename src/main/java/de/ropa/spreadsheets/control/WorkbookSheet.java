package de.ropa.spreadsheets.control;

import de.ropa.exchange.boundary.DocumentActivity;
import de.ropa.exchange.boundary.DocumentChannel;
import de.ropa.exchange.boundary.DocumentMeasure;
import de.ropa.exchange.boundary.DocumentOrganisation;
import de.ropa.exchange.boundary.DocumentProcessor;
import de.ropa.exchange.boundary.DocumentTransfer;
import de.ropa.platform.i18n.Languages;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sheets of the product's own workbook: one per kind of the register document, in the order a reader needs them,
 * and one for each list inside an entry (an activity's purposes, data categories, recipients; a channel's deviations;
 * the organisation's joint controllers), linked to its entry by the entry's key. The columns are the document's
 * properties, so the workbook states everything the JSON document states and reads back into it.
 */
public enum WorkbookSheet {

    ORGANISATION(DocumentOrganisation.class, "organisation", null),
    JOINT_CONTROLLERS(DocumentOrganisation.JointController.class, "jointControllers", ORGANISATION),
    ACTIVITIES(DocumentActivity.class, "activities", null),
    PURPOSES(DocumentActivity.Purpose.class, "purposes", ACTIVITIES),
    DATA_CATEGORIES(DocumentActivity.DataCategory.class, "dataCategories", ACTIVITIES),
    RECIPIENTS(DocumentActivity.Recipient.class, "recipients", ACTIVITIES),
    CHANNELS(DocumentChannel.class, "channels", null),
    DEVIATIONS(DocumentChannel.Deviation.class, "deviations", CHANNELS),
    PROCESSORS(DocumentProcessor.class, "processors", null),
    TRANSFERS(DocumentTransfer.class, "transfers", null),
    MEASURES(DocumentMeasure.class, "measures", null);

    static final String BUNDLE = "de.ropa.spreadsheets.workbook";
    /** The column of a list's sheet that names the entry the row belongs to. */
    static final String OWNER = "owner";

    private final Class<?> type;
    private final String property;
    private final WorkbookSheet owner;

    WorkbookSheet(Class<?> type, String property, WorkbookSheet owner) {
        this.type = type;
        this.property = property;
        this.owner = owner;
    }

    /** The property of the document (or of the owner's entry) this sheet holds. */
    public String property() {
        return property;
    }

    public Optional<WorkbookSheet> owner() {
        return Optional.ofNullable(owner);
    }

    /** The organisation is one record: a sheet of label and value, not a table. */
    public boolean single() {
        return this == ORGANISATION;
    }

    /** The sheets whose entries live in a list of this sheet's entries. */
    public List<WorkbookSheet> lists() {
        return Arrays.stream(values()).filter(s -> s.owner == this).toList();
    }

    /** The columns: every property of the entry except its own lists, which have their sheets. */
    public List<Column> columns() {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
                .filter(f -> !f.isAnnotationPresent(JsonbTransient.class))
                .filter(f -> lists().stream().noneMatch(list -> list.property.equals(f.getName())))
                .filter(f -> !(this == ORGANISATION && f.getName().equals(JOINT_CONTROLLERS.property)))
                .map(f -> new Column(f.getName(), f.getGenericType(), label(this, f.getName(), Locale.GERMAN),
                        label(this, f.getName(), Locale.ENGLISH)))
                .toList();
    }

    /** The sheet's name: its label, as every enum of the product has one in both languages. */
    public String title(Locale language) {
        return de.ropa.platform.i18n.EnumLabels.label(this, language);
    }

    /** The heading of the column that names the owning entry ("Tätigkeit (Schlüssel)"). */
    public String ownerHeading(Locale language) {
        return text("owner." + name(), language);
    }

    static String label(WorkbookSheet sheet, String property, Locale language) {
        return text(sheet.name() + "." + property, language);
    }

    static String text(String key, Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Languages.supported(language)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A column: the property, its Java type, its heading in German and English. */
    public record Column(String property, Type type, String german, String english) {

        public String heading(Locale language) {
            return Languages.supported(language).equals(Locale.ENGLISH) ? english : german;
        }

        /** The type of one value: a list's element type, or the type itself. */
        public Class<?> valueType() {
            Type t = isList() ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
            return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
        }

        public boolean isList() {
            return type instanceof ParameterizedType p && p.getRawType() == List.class;
        }

        /** Whether a heading names this column, in either language or by its property. */
        public boolean named(String heading) {
            String wanted = CellValues.comparable(heading);
            return wanted.equals(CellValues.comparable(german)) || wanted.equals(CellValues.comparable(english))
                    || wanted.equals(CellValues.comparable(property));
        }
    }
}
