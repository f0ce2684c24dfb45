package de.ropa.findings.boundary;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The findings of one object, served at the object's own address ({@code …/channels/7/findings}). Each kind
 * has its own small root resource there, because JAX-RS matches the most specific root path first.
 */
final class ObjectFindings {

    private ObjectFindings() {
    }

    static FindingPage of(FindingService service, long orgId, ObjectKind kind, long objectId, String lang, HttpHeaders headers) {
        return FindingPage.from(service.list(orgId, FindingFilter.object(kind, objectId),
                new PageRequest(0, PageRequest.MAX_SIZE), null), Languages.of(lang, headers));
    }
}
