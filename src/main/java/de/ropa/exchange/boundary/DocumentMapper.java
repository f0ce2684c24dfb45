package de.ropa.exchange.boundary;

import de.ropa.activities.boundary.ActivityRequest;
import de.ropa.channels.boundary.ChannelRequest;
import de.ropa.measures.boundary.MeasureRequest;
import de.ropa.processors.boundary.ProcessorRequest;
import de.ropa.transfers.boundary.TransferRequest;
import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.Recipient;
import de.ropa.channels.entity.Channel;
import de.ropa.exchange.boundary.RegisterDocument.ActivityEntry;
import de.ropa.exchange.boundary.RegisterDocument.ChannelEntry;
import de.ropa.exchange.boundary.RegisterDocument.MeasureEntry;
import de.ropa.exchange.boundary.RegisterDocument.ProcessorEntry;
import de.ropa.exchange.boundary.RegisterDocument.TransferEntry;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.entity.Tracked;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities to document entries. Keys are positional per kind ("C1", "C2" … in id order), so exporting an
 * imported register gives the same keys again.
 */
final class DocumentMapper {

    private final Map<String, String> keys = new HashMap<>();

    <E extends Tracked> List<E> keyed(String prefix, Collection<E> entities) {
        List<E> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparing(Tracked::getId));
        for (int i = 0; i < ordered.size(); i++) {
            keys.put(keyOf(ordered.get(i)), prefix + (i + 1));
        }
        return ordered;
    }

    private static String keyOf(Tracked entity) {
        return entity.getClass().getSimpleName() + ":" + entity.getId();
    }

    String key(Tracked entity) {
        return entity == null ? null : keys.get(keyOf(entity));
    }

    List<String> keys(Collection<? extends Tracked> entities) {
        return entities.stream().sorted(Comparator.comparing(Tracked::getId)).map(this::key).toList();
    }

    MeasureEntry measure(Measure m) {
        MeasureEntry e = MeasureRequest.copy(m, new MeasureEntry());
        e.key = key(m);
        e.catalogueMeasureId = null;
        e.catalogueCode = m.getCatalogueMeasure() == null ? null : m.getCatalogueMeasure().getCode();
        return e;
    }

    ChannelEntry channel(Channel c) {
        ChannelEntry e = ChannelRequest.copy(c, new ChannelEntry());
        e.key = key(c);
        e.serviceId = null;
        e.serviceCode = c.getService().getCode();
        e.devices = new java.util.TreeSet<>(c.getDevices());
        e.measureIds = null;
        e.measureKeys = keys(c.getMeasures());
        return e;
    }

    ProcessorEntry processor(Processor p) {
        ProcessorEntry e = ProcessorRequest.copy(p, new ProcessorEntry());
        e.key = key(p);
        e.mainProcessorId = null;
        e.mainProcessorKey = key(p.getMainProcessor());
        e.serviceIds = null;
        e.channelIds = null;
        e.serviceCodes = p.getServices().stream().map(s -> s.getCode()).sorted().toList();
        e.channelKeys = keys(p.getChannels());
        return e;
    }

    TransferEntry transfer(Transfer t) {
        TransferEntry e = TransferRequest.copy(t, new TransferEntry());
        e.key = key(t);
        e.processorId = null;
        e.processorKey = key(t.getProcessor());
        e.channelIds = null;
        e.channelKeys = keys(t.getChannels());
        return e;
    }

    ActivityEntry activity(ProcessingActivity a) {
        ActivityEntry e = ActivityRequest.copy(a, new ActivityEntry());
        e.key = key(a);
        e.recipients = e.recipients.stream().peek(r -> r.processorId = null).toList();
        e.recipientProcessorKeys = a.getRecipients().stream().map(Recipient::getProcessor).map(this::key).toList();
        e.channelIds = null;
        e.measureIds = null;
        e.transferIds = null;
        e.channelKeys = keys(a.getChannels());
        e.measureKeys = keys(a.getMeasures());
        e.transferKeys = keys(a.getTransfers());
        return e;
    }
}
