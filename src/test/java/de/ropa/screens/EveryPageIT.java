package de.ropa.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ropa.testing.Browser;
import de.ropa.testing.Deployments;
import de.ropa.testing.Http;
import de.ropa.testing.PageChecks;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * Every page of the demo register, as the DPO and as the auditor, in German and English, at a laptop's 1366 px and a
 * tablet's 800 px: no text clipped in an input or cell, no word broken in the middle, no JavaScript error, no serious or
 * critical accessibility violation, no sentence of the other language, and for the auditor no control that changes
 * anything. Each page's screenshot lands in target/screenshots/wildfly/pages/ (taken on the WildFly run only). The tablet
 * width is surveyed on the WildFly run only, and on the Payara run the accessibility rules run for the German DPO only:
 * the narrow layout and the markup's accessibility come from the same WAR's pages and the same PrimeFaces, while what a
 * server changes (texts, data, messages, roles) is surveyed at 1366 px on both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageIT {

    /**
     * Whole-page screenshots of every page for each role, language and width ({@code -Dit.pageScreenshots=true}): for
     * looking at the screens, not for the test's verdict; they cost some 40 s of the test command, so they are taken
     * when asked.
     */
    static final boolean PAGE_SCREENSHOTS = Boolean.getBoolean("it.pageScreenshots");

    static final Path DEMO = Path.of("src/main/resources/demo/demo-register.json");
    static final boolean WILDFLY = "wildfly".equals(Deployments.server());
    static final int[] WIDTHS = WILDFLY ? new int[] {1366, 800} : new int[] {1366};

    @ArquillianResource
    URL base;

    URI uri;
    long orgId;
    String dpo;
    String auditor;
    Map<String, String> pages;
    /** The German heading each page begins with (a detail page's is its object's name: only checked to be there). */
    Map<String, String> headings;
    String demo;

    @BeforeEach
    void demoRegister() throws Exception {
        uri = base.toURI();
        Http editor = TestAccounts.editor(uri);
        RegisterClient register = new RegisterClient(editor);
        orgId = register.organisation("Praxis Dr. Sommer – Übersicht " + System.nanoTime());
        demo = Files.readString(DEMO);
        Http.Answer imported = editor.post(RegisterClient.org(orgId, "import"), demo);
        assertEquals(200, imported.status(), imported::toString);
        dpo = "pages-dpo-" + orgId;
        auditor = "pages-auditor-" + orgId;
        TestAccounts.ensureUser(uri, dpo, "[\"DPO\"]", "[" + orgId + "]");
        TestAccounts.ensureUser(uri, auditor, "[\"AUDITOR\"]", "[" + orgId + "]");
        long activity = first(editor, "activities");
        pages = new LinkedHashMap<>();
        pages.put("dashboard", "index.xhtml");
        pages.put("organisation", "organisations/organisation.xhtml");
        pages.put("activities", "activities/list.xhtml");
        pages.put("activity", "activities/activity.xhtml?id=" + activity);
        pages.put("channels", "channels/list.xhtml");
        pages.put("channel", "channels/channel.xhtml?id=" + first(editor, "channels"));
        pages.put("processors", "processors/list.xhtml");
        pages.put("processor", "processors/processor.xhtml?id=" + first(editor, "processors"));
        pages.put("transfers", "transfers/list.xhtml");
        pages.put("transfer", "transfers/transfer.xhtml?id=" + first(editor, "transfers"));
        pages.put("measures", "measures/list.xhtml");
        pages.put("measure", "measures/measure.xhtml?id=" + first(editor, "toms"));
        pages.put("catalogue-services", "catalogue/services.xhtml");
        pages.put("catalogue-service", "catalogue/service.xhtml?id=2");
        pages.put("catalogue-toms", "catalogue/toms.xhtml");
        pages.put("catalogue-tom", "catalogue/tom.xhtml?id=1");
        pages.put("findings", "findings/list.xhtml");
        pages.put("reviews", "reviews/list.xhtml");
        pages.put("audit", "audit/list.xhtml");
        pages.put("history", "audit/list.xhtml?kind=ACTIVITY&id=" + activity);
        pages.put("password", "account/password.xhtml");
        pages.put("processor-new", "processors/processor.xhtml");
        pages.put("import", "spreadsheets/import.xhtml");
        headings = new LinkedHashMap<>();
        headings.put("dashboard", "Übersicht");
        headings.put("organisation", "Stammdaten");
        headings.put("activities", "Verarbeitungstätigkeiten");
        headings.put("channels", "Kanäle");
        headings.put("processors", "Auftragsverarbeiter");
        headings.put("processor-new", "Neuer Auftragsverarbeiter");
        headings.put("transfers", "Drittlandübermittlungen");
        headings.put("measures", "Technische und organisatorische Maßnahmen");
        headings.put("catalogue-services", "Messenger-Katalog");
        headings.put("catalogue-service", "WhatsApp Business");
        headings.put("catalogue-toms", "TOM-Katalog");
        headings.put("findings", "Befunde");
        headings.put("reviews", "Überprüfungen");
        headings.put("audit", "Protokoll");
        headings.put("history", "Verlauf des Eintrags");
        headings.put("import", "Verzeichnis aus einer Tabelle übernehmen");
    }

    /** The pages a reader may not open: they change the register and answer a reader 403. */
    private static final java.util.Set<String> FOR_EDITORS = java.util.Set.of("processor-new", "import");

    @Test
    void everyPageReadsCleanlyForTheDpoInBothLanguagesAndWidths() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            try (Browser browser = Browser.open(uri, language)) {
                browser.login(dpo, TestAccounts.PASSWORD);
                survey(browser, "dpo", language, false, problems);
                browser.assertNoJavaScriptErrors();
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyPageReadsCleanlyForTheAuditorAndOffersNothingToChange() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(auditor, TestAccounts.PASSWORD);
            survey(browser, "auditor", "de", true, problems);
            browser.assertNoJavaScriptErrors();
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void survey(Browser browser, String role, String language, boolean reader, List<String> problems) {
        for (int width : WIDTHS) {
            if (width < WIDTHS[0] && ("en".equals(language) || reader)) {
                // the narrow layout is tried with the longer German words (English shares the markup) and with the
                // DPO's pages, which carry every control a reader's lack
                continue;
            }
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            pages.forEach((name, page) -> {
                if (reader && FOR_EDITORS.contains(name)) {
                    return;
                }
                browser.go(page);
                String where = role + " " + language + " " + width + " " + name + ": ";
                String h1 = browser.driver().findElements(org.openqa.selenium.By.tagName("h1")).stream().findFirst()
                        .map(org.openqa.selenium.WebElement::getText).orElse("");
                if (h1.isBlank() || "de".equals(language) && !h1.startsWith(headings.getOrDefault(name, ""))) {
                    problems.add(where + "heading \"" + h1 + "\" instead of \"" + headings.getOrDefault(name, "(any)") + "\"");
                }
                PageChecks.layout(browser).forEach(p -> problems.add(where + p));
                PageChecks.otherLanguage(browser, language, demo).forEach(p -> problems.add(where + p));
                // axe reads the markup, which both languages share: checked on the German pages, for both roles on WildFly
                if (width == WIDTHS[0] && "de".equals(language) && (WILDFLY || "dpo".equals(role))) {
                    PageChecks.accessibility(browser).forEach(p -> problems.add(where + p));
                }
                if (reader && !"password".equals(name)) { // a reader's own password is theirs to change
                    PageChecks.changeControls(browser).forEach(p -> problems.add(where + p));
                }
                if (WILDFLY && PAGE_SCREENSHOTS) { // the same pages on both servers: looked at once, when asked
                    browser.screenshotWholePage("pages/" + role + "-" + language + "-" + width + "-" + name);
                }
            });
        }
    }

    private long first(Http http, String collection) {
        Http.Answer answer = http.get(RegisterClient.org(orgId, collection) + "?size=1");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
