package de.ropa.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.BackupEncryption;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.E2eeScope;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceVariant;
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
        r.addressBookUpload = AddressBookUpload.ALWAYS;
        r.backupEncryption = BackupEncryption.UNENCRYPTED_UNLESS_OPTED_IN;
        return r;
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
    void changingNotesOrSourcesIsNotAFactChange() {
        MessengerService service = new MessengerService();
        whatsappBusiness().applyTo(service);
        MessengerServiceRequest changed = whatsappBusiness();
        changed.notes = "Neue Notiz";
        changed.sources = "Neue Quelle";
        changed.name = "WhatsApp Business (App)";

        assertFalse(changed.applyTo(service));
    }
}
