package de.ropa.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ropa.activities.boundary.ActivityAuditSnapshot;
import de.ropa.activities.boundary.ActivitySnapshot;
import de.ropa.catalogue.boundary.MessengerServiceAuditSnapshot;
import de.ropa.channels.boundary.ChannelAuditSnapshot;
import de.ropa.measures.boundary.MeasureAuditSnapshot;
import de.ropa.organisations.boundary.OrganisationAuditSnapshot;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.EnumLabels;
import de.ropa.processors.boundary.ProcessorAuditSnapshot;
import de.ropa.transfers.boundary.TransferAuditSnapshot;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every field the trail records has a label in both languages, and every enum value reads as on the screens. */
class ChangeWordingTest {

    /** What the trail records per kind, and an activity's approved version (compared on the screen). */
    static final Map<Class<?>, ObjectKind> SNAPSHOTS = Map.of(ActivityAuditSnapshot.class, ObjectKind.ACTIVITY,
            ActivitySnapshot.class, ObjectKind.ACTIVITY, ChannelAuditSnapshot.class, ObjectKind.CHANNEL,
            ProcessorAuditSnapshot.class, ObjectKind.PROCESSOR, TransferAuditSnapshot.class, ObjectKind.TRANSFER,
            MeasureAuditSnapshot.class, ObjectKind.MEASURE, OrganisationAuditSnapshot.class, ObjectKind.ORGANISATION,
            MessengerServiceAuditSnapshot.class, ObjectKind.MESSENGER_SERVICE);

    @Test
    void everyRecordedFieldHasALabelInBothLanguages() {
        TreeSet<String> missing = new TreeSet<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ResourceBundle texts = ResourceBundle.getBundle(ChangeWording.BUNDLE, locale);
            SNAPSHOTS.keySet().forEach(type -> fields(type, "", (path, component, element) -> {
                if (!texts.containsKey("field." + component.getName())) {
                    missing.add(locale + " field." + component.getName());
                }
                if (element != null && element.isRecord() && !texts.containsKey("field." + component.getName() + ".item")) {
                    missing.add(locale + " field." + component.getName() + ".item");
                }
            }));
        }
        assertEquals(new TreeSet<>(), missing);
    }

    @Test
    void everyRecordedEnumValueReadsAsItsLabel() {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            SNAPSHOTS.forEach((type, kind) -> {
                ChangeWording wording = new ChangeWording(locale, kind, (k, id) -> Optional.empty());
                fields(type, "", (path, component, element) -> {
                    Class<?> enumType = element != null ? element : component.getType();
                    if (enumType.isEnum()) {
                        for (Object constant : enumType.getEnumConstants()) {
                            String expected = EnumLabels.label((Enum<?>) constant, locale);
                            String shown = wording.value(path, ((Enum<?>) constant).name());
                            if (!expected.equals(shown)) {
                                wrong.add(locale + " " + kind + " " + path + " " + constant + ": " + shown + " ≠ " + expected);
                            }
                        }
                    }
                });
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPathReadsAsItsLabels() {
        ChangeWording wording = new ChangeWording(Locale.GERMAN, ObjectKind.ACTIVITY, (k, id) -> Optional.of("Kanal " + id));
        assertEquals("Zweck 1 › Rechtsgrundlage", wording.field("purposes[0].legalBasis"));
        assertEquals("Art. 6 Abs. 1 lit. b – Vertrag", wording.value("purposes[0].legalBasis", "B_CONTRACT"));
        assertEquals("Kanal 66", wording.value("channelIds[0]", "66"));
        assertEquals("Ja", wording.value("purposes[0].x", "true"));
        assertEquals("30.11.2026", wording.value("nextReviewOn", "2026-11-30"));
        assertEquals("Nicht eingereicht", new ChangeWording(Locale.GERMAN, ObjectKind.ACTIVITY, (k, id) -> Optional.empty())
                .value("approvalState", "DRAFT"));
    }

    interface FieldVisitor {
        void visit(String path, RecordComponent component, Class<?> element);
    }

    /** Every component of the record, recursively into records and lists of records. */
    static void fields(Class<?> record, String prefix, FieldVisitor visitor) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> element = element(component.getGenericType());
            String path = prefix + component.getName() + (element != null ? "[0]" : "");
            visitor.visit(path, component, element);
            Class<?> nested = element != null ? element : component.getType();
            if (nested.isRecord()) {
                fields(nested, path + ".", visitor);
            }
        }
    }

    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
