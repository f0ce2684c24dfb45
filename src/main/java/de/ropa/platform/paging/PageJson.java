package de.ropa.platform.paging;

/**
 * A page whose items are JSON already (kept ready by the register's read cache), written as JSON-B writes a page
 * record: the properties in lexicographical order.
 */
public final class PageJson {

    private PageJson() {
    }

    public static String of(Page<String> page) {
        StringBuilder json = new StringBuilder(page.items().stream().mapToInt(String::length).sum() + 80);
        json.append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            json.append(i == 0 ? "" : ",").append(page.items().get(i));
        }
        return json.append("],\"page\":").append(page.page()).append(",\"size\":").append(page.size())
                .append(",\"total\":").append(page.total()).append('}').toString();
    }
}
