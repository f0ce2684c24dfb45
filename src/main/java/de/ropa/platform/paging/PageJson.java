package de.ropa.platform.paging;

import java.nio.charset.StandardCharsets;

/**
 * A page whose items are JSON already (kept ready, in UTF-8, by the register's read cache), written as JSON-B writes
 * a page record: the properties in lexicographical order. The items are copied once, into the response's bytes.
 */
public final class PageJson {

    private PageJson() {
    }

    public static byte[] of(Page<byte[]> page) {
        byte[] head = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("],\"page\":" + page.page() + ",\"size\":" + page.size() + ",\"total\":" + page.total() + "}")
                .getBytes(StandardCharsets.UTF_8);
        int length = head.length + tail.length + Math.max(0, page.items().size() - 1);
        for (byte[] item : page.items()) {
            length += item.length;
        }
        byte[] json = new byte[length];
        int at = copy(head, json, 0);
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                json[at++] = ',';
            }
            at = copy(page.items().get(i), json, at);
        }
        copy(tail, json, at);
        return json;
    }

    private static int copy(byte[] from, byte[] into, int at) {
        System.arraycopy(from, 0, into, at, from.length);
        return at + from.length;
    }
}
