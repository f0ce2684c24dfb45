package de.ropa.processors.boundary;

import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.platform.faces.RegisterEditBean;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page of one processor: address, role, its processing agreement (Art. 28), the services and channels it serves. */
@Named
@ViewScoped
public class ProcessorEditBean extends RegisterEditBean<Processor, ProcessorRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcessorService processors;

    @Inject
    ChannelService channels;

    @Inject
    CatalogueService catalogue;

    @Override
    protected Processor find(long orgId, long id) {
        return processors.find(orgId, id);
    }

    @Override
    protected ProcessorRequest newRequest() {
        ProcessorRequest request = new ProcessorRequest();
        request.role = ProcessorRole.PROCESSOR;
        request.agreementStatus = AgreementStatus.REQUESTED;
        return request;
    }

    @Override
    protected ProcessorRequest requestOf(Processor processor) {
        return ProcessorRequest.from(processor);
    }

    @Override
    protected Processor create(long orgId, ProcessorRequest request) {
        return processors.create(orgId, request);
    }

    @Override
    protected Processor update(long orgId, long id, long version, ProcessorRequest request) {
        return processors.update(orgId, id, version, request);
    }

    @Override
    protected void delete(long orgId, long id, long version) {
        processors.delete(orgId, id, version);
    }

    @Override
    protected String page() {
        return "/processors/processor";
    }

    @Override
    protected ObjectKind kind() {
        return ObjectKind.PROCESSOR;
    }

    @Override
    protected String savedKey() {
        return "processor.saved";
    }

    @Override
    public String getFormId() {
        return "processorForm";
    }

    public Map<Long, String> getChannelOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        channels.list(organisation.require(), all(), null, "name", null, null).items().forEach(c -> options.put(c.getId(), c.getName()));
        return options;
    }

    public Map<Long, String> getServiceOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        catalogue.services(all(), null, "name").items().forEach(s -> options.put(s.getId(), s.getName()));
        return options;
    }

    /** Processors that may engage this one as a sub-processor: all others of the organisation. */
    public Map<Long, String> getMainProcessorOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        processors.list(organisation.require(), all(), null, "name", null).items().stream()
                .filter(p -> !p.getId().equals(getId())).forEach(p -> options.put(p.getId(), p.getName()));
        return options;
    }

    private static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
