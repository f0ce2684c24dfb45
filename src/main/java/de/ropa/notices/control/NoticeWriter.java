package de.ropa.notices.control;

import de.ropa.notices.control.NoticeFacts.Controller;
import de.ropa.notices.control.NoticeFacts.PurposeFact;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.platform.i18n.EnumLabels;
import de.ropa.platform.i18n.Languages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a channel's information texts from the register's facts, in German or English: each text only from what the
 * register holds, and refused, naming each missing fact, when the register lacks one the text needs.
 */
public final class NoticeWriter {

    static final String BUNDLE = "de.ropa.notices.notices";

    /** The three texts a channel needs. */
    public enum NoticeKind { GREETING, IMPRINT, PRIVACY_NOTICE }

    /** One text, or the facts it lacks; {@code hints} name what the register cannot know and a DPO should check. */
    public record Notice(NoticeKind kind, String title, String text, List<String> missing, List<String> hints) {

        public boolean refused() {
            return !missing.isEmpty();
        }
    }

    private final NoticeFacts facts;
    private final Locale language;
    private final ResourceBundle texts;

    private NoticeWriter(NoticeFacts facts, Locale language) {
        this.facts = facts;
        this.language = Languages.supported(language);
        this.texts = ResourceBundle.getBundle(BUNDLE, this.language);
    }

    public static List<Notice> write(NoticeFacts facts, Locale language) {
        NoticeWriter writer = new NoticeWriter(facts, language);
        return List.of(writer.greeting(), writer.imprint(), writer.privacyNotice());
    }

    private Notice greeting() {
        List<String> missing = new ArrayList<>();
        Controller c = facts.controller();
        need(missing, given(c.name()), "missing.controllerName");
        need(missing, !facts.purposes().isEmpty(), "missing.purposes");
        need(missing, !facts.dpo().designated() || facts.dpo().reachable(), "missing.dpoContact");
        need(missing, given(c.website()), "missing.website");
        if (!missing.isEmpty()) {
            return refused(NoticeKind.GREETING, missing);
        }
        String purposes = facts.purposes().stream().map(PurposeFact::description).distinct().collect(Collectors.joining("; "));
        String dpo = facts.dpo().designated() ? format("greeting.dpo", dpoContact()) : "";
        String text = format("greeting.text", c.name(), purposes, legalBases(), dpo, c.website());
        List<String> hints = new ArrayList<>(List.of(format("greeting.hint", text.length())));
        noDpoHint(hints);
        return new Notice(NoticeKind.GREETING, text("greeting.title"), text, List.of(), hints);
    }

    private Notice imprint() {
        List<String> missing = new ArrayList<>();
        Controller c = facts.controller();
        need(missing, given(c.name()), "missing.controllerName");
        need(missing, given(c.street()) && given(c.postalCode()) && given(c.city()), "missing.address");
        need(missing, given(c.email()), "missing.email");
        need(missing, !c.legalPerson() || given(c.management()), "missing.management");
        if (!missing.isEmpty()) {
            return refused(NoticeKind.IMPRINT, missing);
        }
        List<String> lines = new ArrayList<>();
        lines.add(text("imprint.heading"));
        lines.add(c.name());
        lines.add(c.street());
        lines.add(c.postalCode() + " " + c.city());
        if (given(c.country()) && !c.country().equalsIgnoreCase("DE")) {
            lines.add(countryName(c.country()));
        }
        if (given(c.management())) {
            lines.add(format("imprint.management", c.management()));
        }
        lines.add(format("imprint.email", c.email()));
        if (given(c.phone())) {
            lines.add(format("imprint.phone", c.phone()));
        }
        if (given(c.website())) {
            lines.add(format("imprint.website", c.website()));
        }
        return new Notice(NoticeKind.IMPRINT, text("imprint.title"), String.join("\n", lines), List.of(),
                List.of(text("imprint.hint.register"), text("imprint.hint.profile")));
    }

    private Notice privacyNotice() {
        List<String> missing = new ArrayList<>();
        Controller c = facts.controller();
        need(missing, given(c.name()), "missing.controllerName");
        need(missing, given(c.street()) && given(c.postalCode()) && given(c.city()), "missing.address");
        need(missing, !facts.dpo().designated() || facts.dpo().reachable(), "missing.dpoContact");
        need(missing, !facts.purposes().isEmpty(), "missing.purposes");
        need(missing, !facts.retention().isEmpty(), "missing.retention");
        if (!missing.isEmpty()) {
            return refused(NoticeKind.PRIVACY_NOTICE, missing);
        }
        List<String> parts = new ArrayList<>();
        parts.add(format("privacy.heading", facts.channel().name(), facts.channel().service()));
        parts.add(format("privacy.controller", c.name(), address(c), given(c.email()) ? ", " + c.email() : "",
                facts.dpo().designated() ? " " + format("privacy.dpo", dpoContact()) : ""));
        if (!facts.dataCategories().isEmpty()) {
            parts.add(format("privacy.data", facts.channel().service(), String.join(", ", facts.dataCategories())));
        }
        parts.add(text("privacy.purposes") + "\n" + facts.purposes().stream()
                .map(p -> "– " + p.description() + " (" + basis(p.legalBasis())
                        + (p.art9Condition() == null ? "" : "; " + EnumLabels.label(p.art9Condition(), language)) + ")")
                .distinct().collect(Collectors.joining("\n")));
        if (facts.purposes().stream().anyMatch(p -> p.legalBasis() == LegalBasis.F_LEGITIMATE_INTERESTS)) {
            parts.add(text("privacy.legitimateInterests"));
        }
        parts.add(format("privacy.recipients", recipients()));
        parts.add(transfers());
        parts.add(text("privacy.retention") + "\n" + facts.retention().stream()
                .map(r -> "– " + r.category() + ": " + r.period()).collect(Collectors.joining("\n")));
        parts.add(text("privacy.rights"));
        if (facts.purposes().stream().anyMatch(p -> p.legalBasis() == LegalBasis.A_CONSENT)) {
            parts.add(text("privacy.withdrawal"));
        }
        List<String> hints = new ArrayList<>(List.of(text("privacy.hint")));
        noDpoHint(hints);
        return new Notice(NoticeKind.PRIVACY_NOTICE, text("privacy.title"), String.join("\n\n", parts), List.of(), hints);
    }

    /** Without a DPO in the register, the texts name none; the DPO should know that this is why. */
    private void noDpoHint(List<String> hints) {
        if (!facts.dpo().designated()) {
            hints.add(text("hint.noDpo"));
        }
    }

    private Notice refused(NoticeKind kind, List<String> missing) {
        return new Notice(kind, text(switch (kind) {
            case GREETING -> "greeting.title";
            case IMPRINT -> "imprint.title";
            case PRIVACY_NOTICE -> "privacy.title";
        }), null, missing, List.of());
    }

    private void need(List<String> missing, boolean given, String key) {
        if (!given) {
            missing.add(text(key));
        }
    }

    private String legalBases() {
        return facts.purposes().stream().map(p -> basis(p.legalBasis())).distinct().collect(Collectors.joining("; "));
    }

    /** "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)": the label as the screens show it, with the regulation named. */
    private String basis(LegalBasis basis) {
        String[] label = EnumLabels.label(basis, language).split(" – ", 2);
        return label[0] + " " + text("regulation") + (label.length > 1 ? " (" + label[1] + ")" : "");
    }

    private String dpoContact() {
        NoticeFacts.Dpo dpo = facts.dpo();
        List<String> parts = new ArrayList<>();
        if (given(dpo.name())) {
            parts.add(dpo.name() + (given(dpo.company()) ? " (" + dpo.company() + ")" : ""));
        } else if (given(dpo.company())) {
            parts.add(dpo.company());
        }
        if (given(dpo.email())) {
            parts.add(dpo.email());
        }
        if (given(dpo.phone())) {
            parts.add(dpo.phone());
        }
        return String.join(", ", parts);
    }

    private String recipients() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(format("privacy.provider", facts.channel().provider(), facts.channel().service()));
        all.addAll(facts.recipients());
        return String.join("; ", all);
    }

    private String transfers() {
        if (facts.transfers().isEmpty()) {
            return text("privacy.noTransfers");
        }
        return text("privacy.transfers") + "\n" + facts.transfers().stream()
                .map(t -> "– " + t.recipient() + ", " + countryName(t.country()) + ": " + EnumLabels.label(t.mechanism(), language))
                .distinct().collect(Collectors.joining("\n"));
    }

    private static String address(Controller c) {
        return c.street() + ", " + c.postalCode() + " " + c.city();
    }

    private String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), language).format(args);
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
