package de.ropa.findings.control;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.activities.boundary.ActivityFacts.ChannelLink;
import de.ropa.activities.boundary.ActivityFacts.DataCategoryFacts;
import de.ropa.activities.boundary.ActivityFacts.PurposeFacts;
import de.ropa.activities.boundary.ActivityFacts.RecipientFacts;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.catalogue.entity.ServerRegion;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Answer;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.transfers.boundary.TransferFacts;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Facts of a register that raises no finding, to be changed one fact at a time by a test: each builder
 * starts from the compliant case.
 */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDateTime CATALOGUE_SEEDED = LocalDateTime.of(2026, 11, 1, 0, 0);

    private Fixtures() {
    }

    static final class Service {
        String name = "WhatsApp Business";
        String provider = "WhatsApp Ireland Limited";
        ServiceVariant variant = ServiceVariant.BUSINESS_APP;
        DpaOffer dpaOffered = DpaOffer.OFFERED;
        AddressBookUpload addressBookUpload = AddressBookUpload.WHEN_PERMITTED;
        ProviderRole providerRole = ProviderRole.PROCESSOR_WITH_OWN_PURPOSES;
        ServerRegion serverRegion = ServerRegion.THIRD_COUNTRY;
        DeletionOptions deletionOptions = DeletionOptions.DISAPPEARING_MESSAGES;
        DpfStatus dpfStatus = DpfStatus.CERTIFIED;
        /** Every fact verified on the day the catalogue was seeded, unless a case changes one. */
        Map<FactTopic, ServiceFacts.Check> checks = new EnumMap<>(Arrays.stream(FactTopic.values()).collect(Collectors.toMap(
                topic -> topic, topic -> new ServiceFacts.Check(FactState.VERIFIED, LocalDate.of(2026, 11, 1)),
                (a, b) -> a, () -> new EnumMap<FactTopic, ServiceFacts.Check>(FactTopic.class))));
        LocalDateTime factsChangedAt = CATALOGUE_SEEDED;

        void check(FactTopic topic, FactState state, LocalDate checkedOn) {
            checks.put(topic, new ServiceFacts.Check(state, checkedOn));
        }

        ServiceFacts build() {
            return new ServiceFacts(2, "whatsapp-business-app", name, provider, variant,
                    providerRole, serverRegion,
                    dpaOffered, dpfStatus, addressBookUpload, deletionOptions, Map.copyOf(checks), factsChangedAt);
        }
    }

    static final class Channel {
        Service service = new Service();
        ChannelStatus status = ChannelStatus.ACTIVE;
        Audience audience = Audience.EXTERNAL;
        Set<Device> devices = Set.of(Device.COMPANY_PHONE);
        Answer contactSync = Answer.NO;
        BackupMode backupMode = BackupMode.NONE;
        Answer art13Information = Answer.YES;
        Answer thirdPartyData = Answer.NO;
        Answer art14Information = Answer.NO;
        Answer businessCorrespondence = Answer.YES;
        Answer disappearingMessages = Answer.NO;
        Answer worksAgreement = Answer.UNKNOWN;
        Set<FactTopic> deviations = Set.of();
        boolean imprintInProfile = true;
        boolean consentRecorded;
        boolean inPrivacyNotice = true;
        boolean specialCategories;
        LocalDate lastReviewedOn = LocalDate.of(2026, 11, 10);
        LocalDate nextReviewOn = LocalDate.of(2027, 11, 10);
        LocalDateTime createdAt = LocalDateTime.of(2026, 11, 10, 9, 0);
        Set<String> activities = Set.of("Terminvereinbarung");
        Set<String> consentActivities = Set.of();
        Set<Long> processors = Set.of(21L);
        OrganisationType organisationType = OrganisationType.COMPANY;

        ChannelFacts build() {
            return new ChannelFacts(7, 1, "WhatsApp Business – Termine", status, service.build(), audience, devices,
                    contactSync, backupMode, art13Information, new ChannelFacts.Answers(thirdPartyData, art14Information,
                    businessCorrespondence, disappearingMessages, worksAgreement), deviations, imprintInProfile,
                    consentRecorded, inPrivacyNotice,
                    specialCategories, lastReviewedOn, nextReviewOn, createdAt, activities, consentActivities,
                    processors, organisationType);
        }
    }

    static final class Activity {
        RecordType recordType = RecordType.CONTROLLER;
        ActivityStatus status = ActivityStatus.ACTIVE;
        boolean clientControllerNamed;
        List<PurposeFacts> purposes = new ArrayList<>(List.of(new PurposeFacts(LegalBasis.B_CONTRACT, null, false)));
        int subjectCategories = 1;
        List<DataCategoryFacts> dataCategories = new ArrayList<>(List.of(new DataCategoryFacts("Telefonnummer", false, true)));
        int measures = 2;
        boolean tomSummary;
        DpiaDecision dpiaDecision = DpiaDecision.NOT_REQUIRED;
        LocalDate nextReviewOn = LocalDate.of(2027, 3, 1);
        OrganisationType organisationType = OrganisationType.COMPANY;
        boolean everApproved = true;
        /** The provider of the channel below, as a processor recipient; its transfer to the US is recorded. */
        List<RecipientFacts> recipients = new ArrayList<>(List.of(
                new RecipientFacts("WhatsApp Ireland Limited", RecipientKind.PROCESSOR, "IE", 21L, Set.of("US"))));
        Service service = new Service();
        boolean channelTransferRecorded = true;
        Set<Long> channelProcessors = Set.of(21L);
        Set<String> transferCountries = Set.of("US");
        Set<Long> transferProcessors = Set.of(21L);

        ActivityFacts build() {
            return new ActivityFacts(11, 1, "Terminvereinbarung", recordType, status, clientControllerNamed, purposes,
                    subjectCategories, dataCategories, measures, tomSummary, dpiaDecision, nextReviewOn, organisationType,
                    everApproved, recipients, List.of(new ChannelLink(7, "WhatsApp Business – Termine", service.build(),
                    channelTransferRecorded, channelProcessors)), transferCountries, transferProcessors);
        }

        Activity withSpecialCategory() {
            dataCategories = List.of(new DataCategoryFacts("Arbeitsunfähigkeitsbescheinigungen", true, true));
            purposes = List.of(new PurposeFacts(LegalBasis.C_LEGAL_OBLIGATION, Art9Condition.B_EMPLOYMENT_SOCIAL_SECURITY, false));
            return this;
        }
    }

    static final class Processor {
        AgreementStatus agreementStatus = AgreementStatus.SIGNED;
        LocalDate signedOn = LocalDate.of(2025, 1, 15);
        boolean documentReferenced = true;
        LocalDate validUntil;
        LocalDate reviewOn = LocalDate.of(2027, 1, 15);
        boolean inUse = true;
        boolean consumerAppsOnly;

        ProcessorFacts build() {
            return new ProcessorFacts(21, 1, "Threema GmbH", agreementStatus, signedOn, documentReferenced, validUntil,
                    reviewOn, inUse, consumerAppsOnly);
        }
    }

    static final class Transfer {
        String country = "US";
        TransferMechanism mechanism = TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES;
        Derogation derogation;
        boolean dpfChecked;
        LocalDate dpfCheckedOn;
        boolean tiaDone = true;
        boolean safeguardsDocumented;
        int channelsInUse = 1;
        Map<String, DpfStatus> catalogueDpf = Map.of("microsoft-teams", DpfStatus.CERTIFIED);

        TransferFacts build() {
            return new TransferFacts(31, 1, "Microsoft Corporation", country, mechanism, derogation, dpfChecked,
                    dpfCheckedOn, tiaDone, safeguardsDocumented, channelsInUse, catalogueDpf);
        }
    }

    static final class Organisation {
        OrganisationType type = OrganisationType.COMPANY;
        String street = "Hauptstraße 12";
        String postalCode = "50667";
        String city = "Köln";
        String email = "info@maler-sommer.example";
        String phone;
        String dpoName = "Dr. Paul Weber";
        String dpoEmail = "dsb@datenschutz-weber.example";
        String dpoPhone;

        OrganisationFacts build() {
            return new OrganisationFacts(1, "Sommer Malerbetrieb GmbH & Co. KG", type, street, postalCode, city, email, phone,
                    dpoName, dpoEmail, dpoPhone);
        }
    }
}
