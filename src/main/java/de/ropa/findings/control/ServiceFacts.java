package de.ropa.findings.control;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.ServiceVariant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the rules read of a catalogue messenger service. */
public record ServiceFacts(long id, String code, String name, ServiceVariant variant, DpaOffer dpaOffered,
                           AddressBookUpload addressBookUpload, LocalDate verifiedOn, LocalDateTime factsChangedAt) {
}
