package de.ropa.platform.boundary;

import de.ropa.platform.control.VersionRequiredException;
import jakarta.ws.rs.core.EntityTag;

/** The API's optimistic locking on the wire: the ETag is the object's version; If-Match must name it. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client read, from its If-Match header.
     *
     * @throws VersionRequiredException when the header is missing or does not name one version
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new VersionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches
            return -1;
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // A tag we never issued cannot match the current version.
            return -1;
        }
    }
}
