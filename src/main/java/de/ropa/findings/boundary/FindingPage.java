package de.ropa.findings.boundary;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of findings with the summary by severity of all findings that match the filter. */
@Schema(name = "FindingPage")
public record FindingPage(List<FindingResponse> items, int page, int size, long total, FindingSummary summary) {

    static FindingPage from(FindingResult result, Locale locale) {
        return new FindingPage(result.items().stream().map(v -> FindingResponse.from(v, locale)).toList(),
                result.page(), result.size(), result.total(), result.summary());
    }
}
