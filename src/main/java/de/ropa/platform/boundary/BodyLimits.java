package de.ropa.platform.boundary;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How large a request body may be, by who sends it where: anonymous callers (the login form) very little,
 * the screens and the API what their largest forms need, and only the import of a whole register, by a role
 * that may import, up to a whole register's size. Bodies are checked after authentication, so nobody makes
 * the server read tens of megabytes without the role to import.
 */
public final class BodyLimits {

    static final long ANONYMOUS = 64 * 1024;
    static final long SCREENS = 1024 * 1024;
    static final long API = 4 * 1024 * 1024;
    /**
     * A whole register of 10,000 activities is about 15 MB of JSON: 16 MB takes some 10,000 activities. The import
     * reads larger documents within the server's 512 MB, but its trail entry holds the document as one text, and H2
     * (the default database) writes such a text inside its row, into a buffer of up to three bytes per character: a
     * 75 MB document made H2 run out of memory at commit and close the database until the server restarted, and a
     * 28 MB one (20,000 activities) failed at commit the same way after two smaller imports.
     */
    public static final long IMPORT = 16 * 1024 * 1024;
    /** A spreadsheet is unpacked into cells in memory: a workbook of thousands of rows is a few megabytes. */
    public static final long SPREADSHEET = 16 * 1024 * 1024;
    private static final Pattern IMPORT_PATH = Pattern.compile("/api/v1/organisations/[^/]+/import/?");
    private static final Pattern SPREADSHEET_PATH = Pattern.compile("/api/v1/organisations/[^/]+/import/spreadsheet(/preview)?/?"
            + "|/spreadsheets/import\\.xhtml");

    private BodyLimits() {
    }

    /**
     * @param path          the path inside the application ("/api/v1/…", "/channels/edit.xhtml")
     * @param authenticated whether the caller has logged in
     * @param inRole        whether the caller has a role
     */
    public static long of(String path, boolean authenticated, Predicate<String> inRole) {
        if (!authenticated) {
            return ANONYMOUS;
        }
        boolean mayImport = inRole.test("dpo") || inRole.test("integration");
        if (IMPORT_PATH.matcher(path).matches() && mayImport) {
            return IMPORT;
        }
        if (SPREADSHEET_PATH.matcher(path).matches() && mayImport) {
            return SPREADSHEET;
        }
        return path.startsWith("/api/") ? API : SCREENS;
    }

    public static String describe(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
