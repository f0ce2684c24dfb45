package de.ropa.platform.openapi;

import de.ropa.platform.paging.PageRequest;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters many operations share, described once: the ids in paths, paging (whole numbers with their bounds, as
 * {@link PageRequest} enforces them), and the language. An operation's own description of a parameter is kept.
 */
final class CommonParameters {

    private static final Map<String, String> PATH_IDS = Map.ofEntries(
            Map.entry("orgId", "Id of the organisation (GET /api/v1/organisations lists those the caller may see)"),
            Map.entry("activityId", "Id of the processing activity"),
            Map.entry("channelId", "Id of the messenger channel"),
            Map.entry("processorId", "Id of the processor"),
            Map.entry("transferId", "Id of the third-country transfer"),
            Map.entry("tomId", "Id of the organisation's technical or organisational measure"),
            Map.entry("measureId", "Id of the measure in the TOM catalogue"),
            Map.entry("serviceId", "Id of the messenger service in the catalogue"),
            Map.entry("findingId", "Id of the finding: rule, object kind and object id, e.g. CH-NO-DPA:CHANNEL:12"),
            Map.entry("ruleId", "Id of the rule, e.g. CH-NO-DPA"),
            Map.entry("userId", "Id of the user"),
            Map.entry("tokenId", "Id of the API token"),
            Map.entry("number", "Number of the approved version, from 1"));

    private CommonParameters() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(CommonParameters::describe);
            }
        }));
    }

    private static void describe(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && PATH_IDS.containsKey(parameter.getName())
                && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
            parameter.description(PATH_IDS.get(parameter.getName()));
        }
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> parameter.description("Page number, from 0").example(0)
                    .schema(wholeNumber(0, PageRequest.MAX_PAGE, 0));
            case "size" -> parameter.description("Items per page, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")")
                    .example(PageRequest.DEFAULT_SIZE).schema(wholeNumber(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
            case "lang" -> parameter.description("Language of texts and of problem details: de or en (default: the"
                    + " Accept-Language header, else German)").schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).addEnumeration("de").addEnumeration("en"));
            default -> {
                // described by the operation
            }
        }
    }

    private static Schema wholeNumber(int min, int max, int defaultValue) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(java.math.BigDecimal.valueOf(min)).maximum(java.math.BigDecimal.valueOf(max))
                .defaultValue(defaultValue);
    }
}
