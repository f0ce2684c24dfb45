package de.ropa.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What a person reading a page would stumble over, measured in the browser: clipped text and mid-word breaks
 * (screens/page-checks.js), accessibility violations of impact serious or critical under WCAG 2.1 AA (axe-core), a
 * sentence of the other language's bundles, and, on a reader's page, a control that changes something.
 */
public final class PageChecks {

    private static final List<String> BUNDLES = List.of("de/ropa/platform/i18n/messages", "de/ropa/findings/rules",
            "de/ropa/platform/i18n/problems", "ValidationMessages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|<[^>]*>|''?");
    private static final String SCRIPT = resource("screens/page-checks.js");
    private static final Set<String> GERMAN_ONLY = sentences(Locale.GERMAN, Locale.ENGLISH);
    private static final Set<String> ENGLISH_ONLY = sentences(Locale.ENGLISH, Locale.GERMAN);
    /** Controls a reader may use: navigation, the language, search and filters, downloads. */
    private static final String READER_CONTROLS = "header, thead, .toolbar, .ui-datatable-header, .ui-column-filter,"
            + " .ui-paginator, .report-button-form, .reader-control, .ui-dialog, .ui-overlaypanel";
    private static final Pattern CHANGING_BUTTON = Pattern.compile(
            "(?i).*(save|delete|remove|add|new|approve|submit|accept|reopen|reject|import|edit).*");

    private PageChecks() {
    }

    /** Clipped text and broken words on the page as it is now shown. */
    @SuppressWarnings("unchecked")
    public static List<String> layout(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(SCRIPT);
    }

    /** Violations of WCAG 2.1 A and AA whose impact axe-core rates serious or critical. */
    public static List<String> accessibility(Browser browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                rule.getNodes().stream().limit(3).forEach(node -> problems.add(
                        "axe " + rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " " + rule.getHelp()));
            }
        }
        return problems;
    }

    /**
     * Sentences of the other language's bundles on a page shown in {@code language}; {@code data} is what the users
     * typed into the register, which stays in the language they wrote it in.
     */
    public static List<String> otherLanguage(Browser browser, String language, String data) {
        String text = browser.pageText().replaceAll("\\s+", " ");
        Set<String> foreign = "en".equals(language) ? GERMAN_ONLY : ENGLISH_ONLY;
        return foreign.stream().filter(text::contains).filter(sentence -> !data.contains(sentence))
                .map(sentence -> "other language: \"" + sentence + "\"").toList();
    }

    /** Controls on a reader's page that would change the register: enabled fields, disabled ones, changing buttons. */
    public static List<String> changeControls(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (WebElement field : browser.driver().findElements(By.cssSelector("main input:not([type=hidden]), main textarea,"
                + " main select, main .ui-chips, main .ui-state-disabled"))) {
            if (field.isDisplayed() && !inReaderControl(browser, field)) {
                problems.add("control for a reader: " + describe(field));
            }
        }
        for (WebElement button : browser.driver().findElements(By.cssSelector("main button, main a.ui-button"))) {
            String id = String.valueOf(button.getAttribute("id"));
            if (button.isDisplayed() && CHANGING_BUTTON.matcher(id).matches() && !inReaderControl(browser, button)) {
                problems.add("changing button for a reader: " + id + " \"" + button.getText() + "\"");
            }
        }
        return problems;
    }

    private static boolean inReaderControl(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].closest(arguments[1]) !== null;", element, READER_CONTROLS));
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "." + element.getAttribute("class") : "#" + id);
    }

    /** Fragments of at least three words that the bundles of {@code language} have and those of {@code other} do not. */
    private static Set<String> sentences(Locale language, Locale other) {
        Set<String> own = new LinkedHashSet<>();
        Set<String> theirs = new LinkedHashSet<>();
        for (String bundle : BUNDLES) {
            PropertyResourceBundle mine = bundle(bundle, language);
            PropertyResourceBundle others = bundle(bundle, other);
            for (String key : mine.keySet()) {
                own.addAll(fragments(mine.getString(key)));
                if (others.containsKey(key)) {
                    theirs.addAll(fragments(others.getString(key)));
                }
            }
        }
        own.removeAll(theirs);
        return own;
    }

    private static List<String> fragments(String value) {
        List<String> fragments = new ArrayList<>();
        for (String fragment : PLACEHOLDER.split(value)) {
            String trimmed = fragment.replaceAll("\\s+", " ").trim();
            if (trimmed.split(" ").length >= 3 && trimmed.length() >= 15) {
                fragments.add(trimmed);
            }
        }
        return fragments;
    }

    private static PropertyResourceBundle bundle(String name, Locale locale) {
        String file = name + ("ValidationMessages".equals(name) && locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage())
                + ".properties";
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + file);
            }
            return new PropertyResourceBundle(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
