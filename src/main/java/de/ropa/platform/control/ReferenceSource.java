package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.Text;
import java.util.List;
import java.util.Set;

/**
 * A component whose objects refer to objects of other kinds (a channel to its measures, an activity to its channels):
 * before an object is deleted, every source names its objects that still refer to it, with its own query on its own
 * entities. The owner of the deleted object asks them all through {@link RegisterStore#requireUnreferenced}.
 */
public interface ReferenceSource {

    /** This component's objects that refer to the object of {@code kind} with {@code id} (a few); empty when none. */
    List<Reference> referencesTo(ObjectKind kind, long id);

    /** The organisations whose objects of this component refer to the object (all of them). */
    Set<Long> organisationsReferring(ObjectKind kind, long id);

    /** One referring object, shown as its kind's label and its name (its id for a link). */
    record Reference(ObjectKind kind, long id, String name) implements java.io.Serializable {

        public Text text() {
            return Text.of("conflict.reference", kind, name);
        }
    }
}
