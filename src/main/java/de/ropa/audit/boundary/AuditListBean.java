package de.ropa.audit.boundary;

import de.ropa.audit.control.ChangeWording;
import de.ropa.audit.control.ChainVerifier.Verification;
import de.ropa.audit.entity.AuditEntry;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.faces.Labels;
import de.ropa.platform.faces.RegisterLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The history pages: an organisation's trail (or one object's, with kind and id), filtered by user and days,
 * exported as CSV or JSON; for admins the whole trail; for everyone the verification of the chain.
 */
@Named
@ViewScoped
public class AuditListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    OrganisationContext organisation;

    private String kind;
    private String objectId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private boolean all;
    private Verification verification;
    private RegisterLazyModel<AuditRow> model;

    /** Names of linked objects already looked up on this page: kind → id → name. */
    private final Map<ObjectKind, Map<Long, String>> names = new EnumMap<>(ObjectKind.class);

    @PostConstruct
    void init() {
        model = new RegisterLazyModel<>((page, sort, filters) -> all
                ? audit.all(filter(), page).map(this::row)
                : audit.entries(organisation.require(), filter(), page).map(this::row), AuditRow::seq);
    }

    private AuditRow row(AuditEntry entry) {
        Locale language = Labels.locale();
        return AuditRow.from(entry, kind -> new ChangeWording(language, kind(kind), (linked, id) -> name(linked, id, language)),
                e -> ImportSummary.of(e, language));
    }

    private Optional<String> name(ObjectKind kind, String id, Locale language) {
        try {
            long key = Long.parseLong(id);
            Map<Long, String> known = names.computeIfAbsent(kind, k -> new HashMap<>());
            if (!known.containsKey(key)) {
                known.put(key, audit.names(kind, List.of(key), language).get(key));
            }
            return Optional.ofNullable(known.get(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ObjectKind kind(String recorded) {
        try {
            return ObjectKind.valueOf(recorded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    AuditFilter filter() {
        return new AuditFilter(blankToNull(kind), blankToNull(objectId), blankToNull(actor), from, to);
    }

    public void verify() {
        verification = all ? audit.verify() : audit.verify(organisation.require());
        ResourceBundle texts = ResourceBundle.getBundle("de.ropa.platform.i18n.messages", Labels.locale());
        String summary = verification.intact()
                ? java.text.MessageFormat.format(texts.getString("audit.intact"), verification.entries())
                : java.text.MessageFormat.format(texts.getString("audit.broken"), verification.firstBrokenSeq(),
                        verification.problem().render(Labels.locale()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                verification.intact() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, summary, null));
    }

    public StreamedContent export(String format) {
        boolean csv = "csv".equals(format);
        Path file = audit.export(organisation.require(), filter(), csv);
        return DefaultStreamedContent.builder().name("audit-trail" + (csv ? ".csv" : ".json"))
                .contentType(csv ? "text/csv" : "application/json")
                .stream(() -> {
                    try {
                        return new DeletingInputStream(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** Removes the temporary export once the download has read it. */
    private static final class DeletingInputStream extends java.io.FilterInputStream {
        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            super.close();
            Files.deleteIfExists(file);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public RegisterLazyModel<AuditRow> getModel() {
        return model;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
