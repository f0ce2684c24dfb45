package de.ropa.exchange.boundary;

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
import de.ropa.organisations.boundary.JointControllerEntry;
import de.ropa.organisations.boundary.OrganisationRequest;
import de.ropa.organisations.entity.Organisation;
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

    static OrganisationRequest organisation(Organisation o) {
        OrganisationRequest r = new OrganisationRequest();
        r.name = o.getName();
        r.street = o.getStreet();
        r.postalCode = o.getPostalCode();
        r.city = o.getCity();
        r.country = o.getCountry();
        r.email = o.getEmail();
        r.phone = o.getPhone();
        r.website = o.getWebsite();
        r.management = o.getManagement();
        r.dpoKind = o.getDpoKind();
        r.dpoName = o.getDpoName();
        r.dpoCompany = o.getDpoCompany();
        r.dpoEmail = o.getDpoEmail();
        r.dpoPhone = o.getDpoPhone();
        r.euRepresentative = o.getEuRepresentative();
        r.jointControllers = o.getJointControllers().stream().map(JointControllerEntry::from).toList();
        return r;
    }

    MeasureEntry measure(Measure m) {
        MeasureEntry e = new MeasureEntry();
        e.key = key(m);
        e.catalogueCode = m.getCatalogueMeasure() == null ? null : m.getCatalogueMeasure().getCode();
        e.title = m.getTitle();
        e.description = m.getDescription();
        e.art32Letter = m.getArt32Letter();
        e.sdmGoal = m.getSdmGoal();
        e.messengerSpecific = m.isMessengerSpecific();
        e.status = m.getStatus();
        e.evidence = m.getEvidence();
        return e;
    }

    ChannelEntry channel(Channel c) {
        ChannelEntry e = new ChannelEntry();
        e.key = key(c);
        e.name = c.getName();
        e.serviceCode = c.getService().getCode();
        e.audience = c.getAudience();
        e.devices = new java.util.TreeSet<>(c.getDevices());
        e.contactSync = c.isContactSync();
        e.backupMode = c.getBackupMode();
        e.art13Information = c.isArt13Information();
        e.art13How = c.getArt13How();
        e.imprintInProfile = c.isImprintInProfile();
        e.consentRecording = c.getConsentRecording();
        e.inPrivacyNotice = c.isInPrivacyNotice();
        e.specialCategories = c.isSpecialCategories();
        e.specialCategoriesNotes = c.getSpecialCategoriesNotes();
        e.purposeSummary = c.getPurposeSummary();
        e.owner = c.getOwner();
        e.status = c.getStatus();
        e.lastReviewedOn = c.getLastReviewedOn();
        e.nextReviewOn = c.getNextReviewOn();
        e.measureIds = null;
        e.measureKeys = keys(c.getMeasures());
        return e;
    }

    ProcessorEntry processor(Processor p) {
        ProcessorEntry e = new ProcessorEntry();
        e.key = key(p);
        e.name = p.getName();
        e.street = p.getStreet();
        e.postalCode = p.getPostalCode();
        e.city = p.getCity();
        e.country = p.getCountry();
        e.contact = p.getContact();
        e.role = p.getRole();
        e.mainProcessorKey = key(p.getMainProcessor());
        e.agreementStatus = p.getAgreementStatus();
        e.signedOn = p.getSignedOn();
        e.validUntil = p.getValidUntil();
        e.reviewOn = p.getReviewOn();
        e.documentReference = p.getDocumentReference();
        e.notes = p.getNotes();
        e.serviceIds = null;
        e.channelIds = null;
        e.serviceCodes = p.getServices().stream().map(s -> s.getCode()).sorted().toList();
        e.channelKeys = keys(p.getChannels());
        return e;
    }

    TransferEntry transfer(Transfer t) {
        TransferEntry e = new TransferEntry();
        e.key = key(t);
        e.recipient = t.getRecipient();
        e.country = t.getCountry();
        e.processorKey = key(t.getProcessor());
        e.mechanism = t.getMechanism();
        e.sccModule = t.getSccModule();
        e.derogation = t.getDerogation();
        e.dpfChecked = t.isDpfChecked();
        e.dpfCheckedOn = t.getDpfCheckedOn();
        e.dpfEvidenceUrl = t.getDpfEvidenceUrl();
        e.tiaDone = t.isTiaDone();
        e.tiaDate = t.getTiaDate();
        e.tiaReference = t.getTiaReference();
        e.safeguardsDocumentation = t.getSafeguardsDocumentation();
        e.notes = t.getNotes();
        e.channelIds = null;
        e.channelKeys = keys(t.getChannels());
        return e;
    }

    ActivityEntry activity(ProcessingActivity a) {
        ActivityEntry e = new ActivityEntry();
        e.key = key(a);
        e.name = a.getName();
        e.description = a.getDescription();
        e.recordType = a.getRecordType();
        e.clientController = a.getClientController();
        e.purposes = a.getPurposes().stream().map(PurposeEntry::from).toList();
        e.subjectCategories = List.copyOf(a.getSubjectCategories());
        e.dataCategories = a.getDataCategories().stream().map(DataCategoryEntry::from).toList();
        e.dataSource = a.getDataSource();
        e.recipients = a.getRecipients().stream().map(RecipientEntry::from).peek(r -> r.processorId = null).toList();
        e.recipientProcessorKeys = a.getRecipients().stream().map(Recipient::getProcessor).map(this::key).toList();
        e.department = a.getDepartment();
        e.contactPerson = a.getContactPerson();
        e.dpiaDecision = a.getDpiaDecision();
        e.dpiaReasons = a.getDpiaReasons();
        e.dpiaReference = a.getDpiaReference();
        e.tomSummary = a.getTomSummary();
        e.status = a.getStatus();
        e.lastReviewedOn = a.getLastReviewedOn();
        e.nextReviewOn = a.getNextReviewOn();
        e.channelIds = null;
        e.measureIds = null;
        e.transferIds = null;
        e.channelKeys = keys(a.getChannels());
        e.measureKeys = keys(a.getMeasures());
        e.transferKeys = keys(a.getTransfers());
        return e;
    }
}
