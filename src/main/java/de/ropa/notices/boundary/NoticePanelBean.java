package de.ropa.notices.boundary;

import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.faces.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The channel page's panel of information texts: drafted once per request, copied or downloaded as text. */
@Named("noticePanel")
@RequestScoped
public class NoticePanelBean {

    @Inject
    NoticeService notices;

    @Inject
    OrganisationContext context;

    private ChannelNotices drafted;

    public ChannelNotices of(long channelId) {
        if (drafted == null || drafted.channelId() != channelId) {
            drafted = notices.notices(context.require(), channelId, Labels.locale());
        }
        return drafted;
    }

    /** The drafted texts as one plain-text file, each under its title; refused texts name what is missing. */
    public StreamedContent download(long channelId) {
        ChannelNotices texts = of(channelId);
        String file = texts.texts().stream().map(t -> t.title() + "\n" + "=".repeat(t.title().length()) + "\n\n"
                + (t.text() != null ? t.text() : "– " + String.join("\n– ", t.missing())))
                .collect(Collectors.joining("\n\n\n")) + "\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        String name = texts.channelName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return DefaultStreamedContent.builder().name(name + "-" + Labels.locale().getLanguage() + ".txt")
                .contentType("text/plain; charset=UTF-8").stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
