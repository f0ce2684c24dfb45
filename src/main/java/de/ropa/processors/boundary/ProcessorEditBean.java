package de.ropa.processors.boundary;

import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.RegisterEditBean;
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
    ProcessorChoices processorChoices;

    public ProcessorEditBean() {
        super("/processors/processor", "processor.saved", "processorForm");
    }

    @Override
    protected ScopedRegisterService<Processor, ProcessorRequest> service() {
        return processors;
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

    /** Processors that may engage this one as a sub-processor: all others of the organisation. */
    public Map<Long, String> getMainProcessorOptions() {
        Map<Long, String> options = new LinkedHashMap<>(processorChoices.getAll());
        options.remove(getId());
        return options;
    }
}
