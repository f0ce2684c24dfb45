package de.ropa.platform.faces;

import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.measures.boundary.MeasureService;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.transfers.boundary.TransferService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices of the forms' pickers, id to name, of the current organisation: links between objects are
 * chosen by name, never typed as ids. One query per picker and request.
 */
@Named
@RequestScoped
public class Pickers {

    @Inject
    OrganisationContext organisation;

    @Inject
    ChannelService channels;

    @Inject
    MeasureService measures;

    @Inject
    TransferService transfers;

    @Inject
    ProcessorService processors;

    @Inject
    CatalogueService catalogue;

    private Map<Long, String> channelOptions;
    private Map<Long, String> measureOptions;
    private Map<Long, String> transferOptions;
    private Map<Long, String> processorOptions;
    private Map<Long, String> serviceOptions;
    private Map<Long, String> catalogueMeasureOptions;

    public Map<Long, String> getChannels() {
        if (channelOptions == null) {
            channelOptions = new LinkedHashMap<>();
            channels.list(organisation.require(), all(), null, "name", null, null).items()
                    .forEach(c -> channelOptions.put(c.getId(), c.getName() + " (" + c.getService().getName() + ")"));
        }
        return channelOptions;
    }

    public Map<Long, String> getMeasures() {
        if (measureOptions == null) {
            measureOptions = new LinkedHashMap<>();
            measures.list(organisation.require(), all(), null, "title", null).items()
                    .forEach(m -> measureOptions.put(m.getId(), m.getTitle()));
        }
        return measureOptions;
    }

    public Map<Long, String> getTransfers() {
        if (transferOptions == null) {
            transferOptions = new LinkedHashMap<>();
            transfers.list(organisation.require(), all(), null, null, null, null).items()
                    .forEach(t -> transferOptions.put(t.getId(), t.getRecipient() + " (" + t.getCountry() + ")"));
        }
        return transferOptions;
    }

    public Map<Long, String> getProcessors() {
        if (processorOptions == null) {
            processorOptions = new LinkedHashMap<>();
            processors.list(organisation.require(), all(), null, "name", null).items()
                    .forEach(p -> processorOptions.put(p.getId(), p.getName()));
        }
        return processorOptions;
    }

    /** The messenger services of the catalogue. */
    public Map<Long, String> getServices() {
        if (serviceOptions == null) {
            serviceOptions = new LinkedHashMap<>();
            catalogue.services(all(), null, "name").items().forEach(s -> serviceOptions.put(s.getId(), s.getName()));
        }
        return serviceOptions;
    }

    /** The TOM catalogue's measures in the page's language. */
    public Map<Long, String> getCatalogueMeasures() {
        if (catalogueMeasureOptions == null) {
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            catalogueMeasureOptions = new LinkedHashMap<>();
            catalogue.measures(all(), null, "code").items()
                    .forEach(m -> catalogueMeasureOptions.put(m.getId(), english ? m.getTitleEn() : m.getTitleDe()));
        }
        return catalogueMeasureOptions;
    }

    private static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
