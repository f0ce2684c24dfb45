package de.ropa.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.BackupEncryption;
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.E2eeScope;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.catalogue.entity.ServerRegion;
import de.ropa.catalogue.entity.ServiceVariant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessengerServiceFactsTest {

    static MessengerServiceRequest whatsappBusiness() {
        MessengerServiceRequest r = new MessengerServiceRequest();
        r.code = "whatsapp-business-app";
        r.name = "WhatsApp Business";
        r.variant = ServiceVariant.BUSINESS_APP;
        r.provider = "WhatsApp Ireland Ltd.";
        r.dpaOffered = DpaOffer.OFFERED;
        r.dpfStatus = DpfStatus.CERTIFIED;
        r.e2eeScope = E2eeScope.ALWAYS;
        r.addressBookUpload = AddressBookUpload.WHEN_PERMITTED;
        r.backupEncryption = BackupEncryption.UNENCRYPTED_UNLESS_OPTED_IN;
        r.providerRole = ProviderRole.PROCESSOR_WITH_OWN_PURPOSES;
        r.serverRegion = ServerRegion.THIRD_COUNTRY;
        r.deletionOptions = DeletionOptions.DISAPPEARING_MESSAGES;
        r.facts.add(fact(FactTopic.DPF_CERTIFICATION, FactState.VERIFIED, "https://www.whatsapp.com/legal/business-data-transfer-addendum"));
        return r;
    }

    static ServiceFactRequest fact(FactTopic topic, FactState state, String url) {
        ServiceFactRequest fact = new ServiceFactRequest();
        fact.topic = topic;
        fact.state = state;
        fact.textDe = "WhatsApp LLC ist nach dem DPF zertifiziert.";
        fact.textEn = "WhatsApp LLC is certified under the DPF.";
        fact.checkedOn = LocalDate.of(2026, 11, 30);
        FactSourceRequest source = new FactSourceRequest();
        source.title = "WhatsApp Business Data Transfer Addendum";
        source.url = url;
        fact.sources.add(source);
        return fact;
    }

    @Test
    void changingAFactIsReported() {
        MessengerService service = new MessengerService();
        whatsappBusiness().applyTo(service);
        MessengerServiceRequest changed = whatsappBusiness();
        changed.dpfStatus = DpfStatus.NOT_CERTIFIED;

        assertTrue(changed.applyTo(service), "DPF status is a fact channels rely on");
    }

    @Test
    void changingTheNameOrACheckDateIsNotAFactChange() {
        MessengerService service = new MessengerService();
        whatsappBusiness().applyTo(service);
        MessengerServiceRequest changed = whatsappBusiness();
        changed.name = "WhatsApp Business (App)";
        changed.facts.get(0).checkedOn = LocalDate.of(2026, 12, 1);
        changed.facts.get(0).checkedBy = "Katalogpflege";

        assertFalse(changed.applyTo(service));
    }

    @Test
    void changingAStatementsStateOrSourceIsAFactChange() {
        MessengerService service = new MessengerService();
        whatsappBusiness().applyTo(service);
        MessengerServiceRequest disputed = whatsappBusiness();
        disputed.facts.get(0).state = FactState.DISPUTED;
        assertTrue(disputed.applyTo(service), "the state of a fact");

        MessengerServiceRequest otherSource = whatsappBusiness();
        otherSource.facts.get(0).state = FactState.DISPUTED;
        otherSource.facts.get(0).sources.get(0).url = "https://www.whatsapp.com/legal/privacy-policy-eea";
        assertTrue(otherSource.applyTo(service), "a source of a fact");
    }

    @Test
    void aFactIsVerifiedOnlyWithACheckDateAndALocatableSource() {
        assertEquals(List.of(), whatsappBusiness().factProblems().stream().map(p -> p.field()).toList());

        MessengerServiceRequest noAddress = whatsappBusiness();
        noAddress.facts.get(0).sources.get(0).url = null;
        MessengerServiceRequest noSource = whatsappBusiness();
        noSource.facts.get(0).sources.clear();
        MessengerServiceRequest noDate = whatsappBusiness();
        noDate.facts.get(0).checkedOn = null;
        for (MessengerServiceRequest request : List.of(noAddress, noSource, noDate)) {
            assertEquals(List.of("facts[0].state"), request.factProblems().stream().map(p -> p.field()).toList());
        }

        MessengerServiceRequest unverified = whatsappBusiness();
        unverified.facts.get(0).state = FactState.UNVERIFIED;
        unverified.facts.get(0).sources.clear();
        assertEquals(List.of(), unverified.factProblems(), "unverified needs no source");
    }

    @Test
    void aTopicIsStatedOnce() {
        MessengerServiceRequest twice = whatsappBusiness();
        twice.facts.add(fact(FactTopic.DPF_CERTIFICATION, FactState.UNVERIFIED, null));

        assertEquals(List.of("facts[1].topic"), twice.factProblems().stream().map(p -> p.field()).toList());
    }
}
