package de.ropa.findings.control;

import static de.ropa.findings.control.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Answer;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalogue, each with cases where it fires and cases where it must not. Each case
 * starts from a compliant register ({@link Fixtures}) and changes what the case names.
 */
class RulesTest {

    record Case(String rule, boolean fires, String situation, Supplier<Object> facts) {
        @Override
        public String toString() {
            return rule + (fires ? " fires: " : " silent: ") + situation;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // organisation
        cases.add(org("ORG-CONTROLLER-INCOMPLETE", true, "no city", o -> o.city = " "));
        cases.add(org("ORG-CONTROLLER-INCOMPLETE", true, "neither email nor phone", o -> o.email = null));
        cases.add(org("ORG-CONTROLLER-INCOMPLETE", false, "address and phone only", o -> {
            o.email = null;
            o.phone = "+49 221 1";
        }));
        cases.add(org("ORG-NO-DPO", true, "no DPO name", o -> o.dpoName = null));
        cases.add(org("ORG-NO-DPO", true, "DPO without contact", o -> o.dpoEmail = ""));
        cases.add(org("ORG-NO-DPO", false, "DPO reachable by phone", o -> {
            o.dpoEmail = null;
            o.dpoPhone = "+49 221 2";
        }));
        cases.add(org("ORG-NO-DPO", true, "type not stated, no DPO", o -> {
            o.type = null;
            o.dpoName = null;
        }));
        cases.add(org("ORG-NO-DPO", false, "a public body's missing DPO is the other finding", o -> {
            o.type = OrganisationType.PUBLIC_BODY;
            o.dpoName = null;
        }));
        cases.add(org("ORG-PUBLIC-BODY-NO-DPO", true, "public body without DPO", o -> {
            o.type = OrganisationType.PUBLIC_BODY;
            o.dpoName = null;
        }));
        cases.add(org("ORG-PUBLIC-BODY-NO-DPO", true, "public body with an unreachable DPO", o -> {
            o.type = OrganisationType.PUBLIC_BODY;
            o.dpoEmail = null;
        }));
        cases.add(org("ORG-PUBLIC-BODY-NO-DPO", false, "public body with a reachable DPO",
                o -> o.type = OrganisationType.PUBLIC_BODY));
        cases.add(org("ORG-PUBLIC-BODY-NO-DPO", false, "company without DPO", o -> o.dpoName = null));
        // activities
        cases.add(activity("ACT-ART30-INCOMPLETE", true, "no purpose", a -> a.purposes = List.of()));
        cases.add(activity("ACT-ART30-INCOMPLETE", true, "no data subjects", a -> a.subjectCategories = 0));
        cases.add(activity("ACT-ART30-INCOMPLETE", true, "no data categories", a -> a.dataCategories = List.of()));
        cases.add(activity("ACT-ART30-INCOMPLETE", true, "processor record without its controller",
                a -> a.recordType = RecordType.PROCESSOR));
        cases.add(activity("ACT-ART30-INCOMPLETE", false, "complete controller record", a -> { }));
        cases.add(activity("ACT-ART30-INCOMPLETE", false, "processor record naming its controller, no subject categories", a -> {
            a.recordType = RecordType.PROCESSOR;
            a.clientControllerNamed = true;
            a.subjectCategories = 0;
        }));
        cases.add(activity("ACT-NO-ERASURE-PERIOD", true, "a category without period",
                a -> a.dataCategories.add(new DataCategoryFacts("Fotos", false, false))));
        cases.add(activity("ACT-NO-ERASURE-PERIOD", false, "processor record (Art. 30(2) has no (f))", a -> {
            a.recordType = RecordType.PROCESSOR;
            a.clientControllerNamed = true;
            a.dataCategories.add(new DataCategoryFacts("Fotos", false, false));
        }));
        cases.add(activity("ACT-NO-TOMS", true, "no measure, no summary", a -> a.measures = 0));
        cases.add(activity("ACT-NO-TOMS", false, "no linked measure but a summary", a -> {
            a.measures = 0;
            a.tomSummary = true;
        }));
        cases.add(activity("ACT-SPECIAL-NO-DPIA", true, "sick notes, no DPIA decision", a -> {
            a.withSpecialCategory();
            a.dpiaDecision = null;
        }));
        cases.add(activity("ACT-SPECIAL-NO-DPIA", true, "Art. 9 condition given, no DPIA decision", a -> {
            a.purposes = List.of(new PurposeFacts(LegalBasis.A_CONSENT, Art9Condition.A_EXPLICIT_CONSENT, false));
            a.dpiaDecision = null;
        }));
        cases.add(activity("ACT-SPECIAL-NO-DPIA", false, "sick notes, DPIA done", a -> {
            a.withSpecialCategory();
            a.dpiaDecision = DpiaDecision.DONE;
        }));
        cases.add(activity("ACT-SPECIAL-NO-DPIA", false, "no special categories, no DPIA decision", a -> a.dpiaDecision = null));
        cases.add(activity("ACT-SPECIAL-NO-ART9", true, "special category, only Art. 6 basis",
                a -> a.dataCategories = List.of(new DataCategoryFacts("Gesundheitsdaten", true, true))));
        cases.add(activity("ACT-SPECIAL-NO-ART9", false, "special category with Art. 9(2)(b)", Fixtures.Activity::withSpecialCategory));
        cases.add(activity("ACT-DPIA-OUTSTANDING", true, "DPIA required", a -> a.dpiaDecision = DpiaDecision.REQUIRED));
        cases.add(activity("ACT-DPIA-OUTSTANDING", false, "DPIA done", a -> a.dpiaDecision = DpiaDecision.DONE));
        cases.add(activity("ACT-NO-BALANCING-TEST", true, "legitimate interests without reference",
                a -> a.purposes = List.of(new PurposeFacts(LegalBasis.F_LEGITIMATE_INTERESTS, null, false))));
        cases.add(activity("ACT-NO-BALANCING-TEST", false, "legitimate interests with reference",
                a -> a.purposes = List.of(new PurposeFacts(LegalBasis.F_LEGITIMATE_INTERESTS, null, true))));
        cases.add(activity("ACT-REVIEW-OVERDUE", true, "review date yesterday", a -> a.nextReviewOn = TODAY.minusDays(1)));
        cases.add(activity("ACT-REVIEW-OVERDUE", false, "review date today", a -> a.nextReviewOn = TODAY));
        cases.add(activity("ACT-REVIEW-OVERDUE", false, "no review date", a -> a.nextReviewOn = null));
        cases.add(activity("ACT-BDSG-26-BASIS", true, "Art. 88 DS-GVO i. V. m. § 26 BDSG", a -> a.purposes = List.of(
                new PurposeFacts(LegalBasis.B_CONTRACT, null, "Art. 88 DS-GVO i. V. m. § 26 BDSG", false))));
        cases.add(activity("ACT-BDSG-26-BASIS", true, "§ 26 Abs. 1 S. 1 BDSG", a -> a.purposes = List.of(
                new PurposeFacts(LegalBasis.B_CONTRACT, null, "§ 26 Abs. 1 S. 1 BDSG", false))));
        cases.add(activity("ACT-BDSG-26-BASIS", true, "Section 26(1) BDSG", a -> a.purposes = List.of(
                new PurposeFacts(LegalBasis.B_CONTRACT, null, "Section 26(1) BDSG", false))));
        cases.add(activity("ACT-BDSG-26-BASIS", false, "§ 26 Abs. 3 BDSG (special categories)", a -> a.purposes = List.of(
                new PurposeFacts(LegalBasis.C_LEGAL_OBLIGATION, Art9Condition.B_EMPLOYMENT_SOCIAL_SECURITY,
                        "Art. 9 Abs. 2 lit. b DS-GVO i. V. m. § 26 Abs. 3 BDSG", false))));
        cases.add(activity("ACT-BDSG-26-BASIS", false, "Art. 6 Abs. 1 lit. c DS-GVO i. V. m. § 257 HGB", a -> a.purposes = List.of(
                new PurposeFacts(LegalBasis.C_LEGAL_OBLIGATION, null, "Art. 6 Abs. 1 lit. c DS-GVO i. V. m. § 257 HGB", false))));
        cases.add(activity("ACT-PUBLIC-BODY-LEGITIMATE-INTEREST", true, "public body relying on legitimate interests", a -> {
            a.organisationType = OrganisationType.PUBLIC_BODY;
            a.purposes = List.of(new PurposeFacts(LegalBasis.F_LEGITIMATE_INTERESTS, null, true));
        }));
        cases.add(activity("ACT-PUBLIC-BODY-LEGITIMATE-INTEREST", true, "school relying on legitimate interests", a -> {
            a.organisationType = OrganisationType.SCHOOL;
            a.purposes = List.of(new PurposeFacts(LegalBasis.F_LEGITIMATE_INTERESTS, null, true));
        }));
        cases.add(activity("ACT-PUBLIC-BODY-LEGITIMATE-INTEREST", false, "company relying on legitimate interests",
                a -> a.purposes = List.of(new PurposeFacts(LegalBasis.F_LEGITIMATE_INTERESTS, null, true))));
        cases.add(activity("ACT-PUBLIC-BODY-LEGITIMATE-INTEREST", false, "public body relying on its public task", a -> {
            a.organisationType = OrganisationType.PUBLIC_BODY;
            a.purposes = List.of(new PurposeFacts(LegalBasis.E_PUBLIC_TASK, null, false));
        }));
        cases.add(activity("ACT-CHANNEL-WITHOUT-TRANSFER", true, "US-hosted service, no transfer anywhere", a -> {
            a.channelTransferRecorded = false;
            a.transferCountries = Set.of();
            a.transferProcessors = Set.of();
        }));
        cases.add(activity("ACT-CHANNEL-WITHOUT-TRANSFER", false, "the activity's transfer names the channel's provider",
                a -> a.channelTransferRecorded = false));
        cases.add(activity("ACT-CHANNEL-WITHOUT-TRANSFER", true, "the activity's only transfer goes elsewhere (payroll to CH)", a -> {
            a.channelTransferRecorded = false;
            a.transferCountries = Set.of("CH");
            a.transferProcessors = Set.of(99L);
        }));
        cases.add(activity("ACT-CHANNEL-WITHOUT-TRANSFER", false, "service hosted in the EEA only", a -> {
            a.service.serverRegion = ServerRegion.EEA_ONLY;
            a.channelTransferRecorded = false;
            a.transferCountries = Set.of();
            a.transferProcessors = Set.of();
        }));
        cases.add(activity("ACT-PROVIDER-NOT-RECIPIENT", true, "the channel's provider is no recipient",
                a -> a.recipients = List.of(new RecipientFacts("Steuerberater", RecipientKind.EXTERNAL, "DE", null, Set.of()))));
        cases.add(activity("ACT-PROVIDER-NOT-RECIPIENT", false, "the provider named by its company, not the service's name", a -> {
            a.service.name = "Slack";
            a.service.provider = "Salesforce, Inc.";
            a.recipients = List.of(new RecipientFacts("Salesforce Ireland", RecipientKind.EXTERNAL, "IE", null, Set.of()));
        }));
        cases.add(activity("ACT-PROVIDER-NOT-RECIPIENT", false, "the provider named as an external recipient",
                a -> a.recipients = List.of(new RecipientFacts("WhatsApp (Meta)", RecipientKind.EXTERNAL, "IE", null, Set.of()))));
        cases.add(activity("ACT-PROVIDER-NOT-RECIPIENT", false, "self-hosted service: no provider", a -> {
            a.service.providerRole = ProviderRole.SELF_HOSTED;
            a.recipients = List.of();
        }));
        cases.add(activity("ACT-RECIPIENT-WITHOUT-TRANSFER", true, "recipient in Switzerland, no transfer to CH",
                a -> a.recipients = List.of(new RecipientFacts("Threema GmbH", RecipientKind.PROCESSOR, "CH", 22L, Set.of()),
                        new RecipientFacts("WhatsApp Ireland Limited", RecipientKind.PROCESSOR, "IE", 21L, Set.of("US")))));
        cases.add(activity("ACT-RECIPIENT-WITHOUT-TRANSFER", false, "recipient in the US, its processor's transfer to the US",
                a -> a.recipients = List.of(new RecipientFacts("WhatsApp LLC", RecipientKind.PROCESSOR, "US", 21L, Set.of("US")))));
        cases.add(activity("ACT-RECIPIENT-WITHOUT-TRANSFER", false, "the Swiss provider of a channel without transfer (one finding)", a -> {
            a.service.serverRegion = ServerRegion.ADEQUATE_COUNTRY;
            a.channelTransferRecorded = false;
            a.transferCountries = Set.of();
            a.transferProcessors = Set.of();
            a.recipients = List.of(new RecipientFacts("Threema GmbH", RecipientKind.PROCESSOR, "CH", 21L, Set.of()));
        }));
        cases.add(activity("ACT-RECIPIENT-WITHOUT-TRANSFER", false, "recipient in Norway (EEA)",
                a -> a.recipients = List.of(new RecipientFacts("WhatsApp Ireland Limited", RecipientKind.PROCESSOR, "IE", 21L,
                        Set.of()), new RecipientFacts("Lager Oslo", RecipientKind.INTERNAL, "NO", null, Set.of()))));
        cases.add(activity("ACT-NEVER-APPROVED", true, "never approved", a -> a.everApproved = false));
        cases.add(activity("ACT-NEVER-APPROVED", false, "approved once", a -> { }));
        cases.add(activity("ACT-NEVER-APPROVED", false, "retired, never approved", a -> {
            a.everApproved = false;
            a.status = ActivityStatus.RETIRED;
        }));
        // channels
        cases.add(channel("CH-CONSUMER-APP", true, "WhatsApp consumer app", c -> c.service.variant = ServiceVariant.CONSUMER_APP));
        cases.add(channel("CH-CONSUMER-APP", false, "WhatsApp Business app", c -> { }));
        cases.add(channel("CH-CONTACT-SYNC", true, "contact sync on WhatsApp Business", c -> c.contactSync = Answer.YES));
        cases.add(channel("CH-CONTACT-SYNC", false, "contact sync off", c -> c.contactSync = Answer.NO));
        cases.add(channel("CH-CONTACT-SYNC", false, "sync on, but the service uploads no address book", c -> {
            c.contactSync = Answer.YES;
            c.service.addressBookUpload = AddressBookUpload.NONE;
        }));
        cases.add(channel("CH-SPECIAL-CATEGORIES", true, "sick notes sent", c -> c.specialCategories = true));
        cases.add(channel("CH-SPECIAL-CATEGORIES", false, "no special categories", c -> { }));
        cases.add(channel("CH-UNENCRYPTED-BACKUP", true, "unencrypted cloud backup", c -> c.backupMode = BackupMode.UNENCRYPTED_CLOUD));
        cases.add(channel("CH-UNENCRYPTED-BACKUP", false, "end-to-end encrypted backup", c -> c.backupMode = BackupMode.END_TO_END_ENCRYPTED));
        cases.add(channel("CH-PRIVATE-DEVICE", true, "private phones", c -> c.devices = Set.of(Device.PRIVATE_PHONE)));
        cases.add(channel("CH-PRIVATE-DEVICE", false, "private phones with MDM container",
                c -> c.devices = Set.of(Device.PRIVATE_PHONE, Device.MDM_CONTAINER)));
        cases.add(channel("CH-NO-ART13", true, "external contacts not informed", c -> c.art13Information = Answer.NO));
        cases.add(channel("CH-NO-ART13", true, "mixed audience not informed", c -> {
            c.audience = Audience.BOTH;
            c.art13Information = Answer.NO;
        }));
        cases.add(channel("CH-NO-ART13", false, "internal channel", c -> {
            c.audience = Audience.INTERNAL;
            c.art13Information = Answer.NO;
        }));
        cases.add(channel("CH-NO-IMPRINT", true, "external business profile without imprint", c -> c.imprintInProfile = false));
        cases.add(channel("CH-NO-IMPRINT", false, "enterprise suite has no business profile", c -> {
            c.imprintInProfile = false;
            c.service.variant = ServiceVariant.ENTERPRISE_SUITE;
        }));
        cases.add(channel("CH-NO-IMPRINT", false, "internal use", c -> {
            c.imprintInProfile = false;
            c.audience = Audience.INTERNAL;
        }));
        cases.add(channel("CH-CONSENT-NOT-RECORDED", true, "consent-based activity, no consent record",
                c -> c.consentActivities = Set.of("Terminerinnerungen")));
        cases.add(channel("CH-CONSENT-NOT-RECORDED", false, "consent recorded", c -> {
            c.consentActivities = Set.of("Terminerinnerungen");
            c.consentRecorded = true;
        }));
        cases.add(channel("CH-NOT-IN-PRIVACY-NOTICE", true, "missing from the privacy notice", c -> c.inPrivacyNotice = false));
        cases.add(channel("CH-NOT-IN-PRIVACY-NOTICE", false, "in the privacy notice", c -> { }));
        cases.add(channel("CH-NOT-IN-REGISTER", true, "active, used by no activity", c -> c.activities = Set.of()));
        cases.add(channel("CH-NOT-IN-REGISTER", false, "planned, no activity yet", c -> {
            c.activities = Set.of();
            c.status = ChannelStatus.PLANNED;
        }));
        cases.add(channel("CH-NO-PROCESSOR", true, "agreement offered, no processor recorded", c -> c.processors = Set.of()));
        cases.add(channel("CH-NO-PROCESSOR", false, "provider is not a processor", c -> {
            c.processors = Set.of();
            c.service.dpaOffered = DpaOffer.NOT_A_PROCESSOR;
        }));
        cases.add(channel("CH-SERVICE-UNVERIFIED", true, "a verified fact checked 13 months ago",
                c -> c.service.check(FactTopic.BACKUP, FactState.VERIFIED, TODAY.minusMonths(13))));
        cases.add(channel("CH-SERVICE-UNVERIFIED", true, "a verified fact without a check date",
                c -> c.service.check(FactTopic.BACKUP, FactState.VERIFIED, null)));
        cases.add(channel("CH-SERVICE-UNVERIFIED", true, "an unverified fact, checked yesterday",
                c -> c.service.check(FactTopic.DPF_CERTIFICATION, FactState.UNVERIFIED, TODAY.minusDays(1))));
        cases.add(channel("CH-SERVICE-UNVERIFIED", true, "a disputed fact",
                c -> c.service.check(FactTopic.DPF_CERTIFICATION, FactState.DISPUTED, TODAY.minusDays(1))));
        cases.add(channel("CH-SERVICE-UNVERIFIED", true, "a topic without any fact",
                c -> c.service.checks.remove(FactTopic.METADATA)));
        cases.add(channel("CH-SERVICE-UNVERIFIED", false, "every fact verified, checked 11 months ago",
                c -> c.service.checks.replaceAll((topic, check) -> new ServiceFacts.Check(FactState.VERIFIED,
                        TODAY.minusMonths(11)))));
        cases.add(channel("CH-CONSUMER-APP-HEALTH-CARE", true, "a practice on a consumer app", c -> {
            c.organisationType = OrganisationType.HEALTH_CARE;
            c.service.variant = ServiceVariant.CONSUMER_APP;
        }));
        cases.add(channel("CH-CONSUMER-APP-HEALTH-CARE", false, "a practice on a business app",
                c -> c.organisationType = OrganisationType.HEALTH_CARE));
        cases.add(channel("CH-CONSUMER-APP-SCHOOL", true, "a school on a consumer app", c -> {
            c.organisationType = OrganisationType.SCHOOL;
            c.service.variant = ServiceVariant.CONSUMER_APP;
        }));
        cases.add(channel("CH-CONSUMER-APP-SCHOOL", false, "a company on a consumer app",
                c -> c.service.variant = ServiceVariant.CONSUMER_APP));
        cases.add(channel("CH-PLATFORM-NO-SOLUTION-PROVIDER", true, "Business Platform with Meta as the only processor",
                c -> c.service.variant = ServiceVariant.BUSINESS_PLATFORM));
        cases.add(channel("CH-PLATFORM-NO-SOLUTION-PROVIDER", false, "Business Platform with Meta and a solution provider", c -> {
            c.service.variant = ServiceVariant.BUSINESS_PLATFORM;
            c.processors = Set.of(21L, 23L);
        }));
        cases.add(channel("CH-INTERNAL-NO-INFORMATION", true, "internal channel, employees not informed", c -> {
            c.audience = Audience.INTERNAL;
            c.art13Information = Answer.NO;
        }));
        cases.add(channel("CH-INTERNAL-NO-INFORMATION", false, "external channel without information (CH-NO-ART13)", c -> {
            c.art13Information = Answer.NO;
        }));
        cases.add(channel("CH-UNKNOWN-ANSWERS", true, "a new channel: everything unknown", c -> {
            c.contactSync = Answer.UNKNOWN;
            c.backupMode = BackupMode.UNKNOWN;
            c.devices = Set.of(Device.UNKNOWN);
            c.art13Information = Answer.UNKNOWN;
            c.thirdPartyData = Answer.UNKNOWN;
            c.businessCorrespondence = Answer.UNKNOWN;
            c.disappearingMessages = Answer.UNKNOWN;
        }));
        cases.add(channel("CH-UNKNOWN-ANSWERS", true, "backup mode unknown", c -> c.backupMode = BackupMode.UNKNOWN));
        cases.add(channel("CH-UNKNOWN-ANSWERS", true, "no device recorded", c -> c.devices = Set.of()));
        cases.add(channel("CH-UNKNOWN-ANSWERS", true, "Art. 14 unknown while third parties' data arrive", c -> {
            c.thirdPartyData = Answer.YES;
            c.art14Information = Answer.UNKNOWN;
        }));
        cases.add(channel("CH-UNKNOWN-ANSWERS", false, "Art. 14 unknown, no third parties' data",
                c -> c.art14Information = Answer.UNKNOWN));
        cases.add(channel("CH-UNKNOWN-ANSWERS", false, "business correspondence unknown on an internal channel", c -> {
            c.audience = Audience.INTERNAL;
            c.businessCorrespondence = Answer.UNKNOWN;
            c.worksAgreement = Answer.YES;
        }));
        cases.add(channel("CH-UNKNOWN-ANSWERS", false, "disappearing messages unknown, the service has none", c -> {
            c.disappearingMessages = Answer.UNKNOWN;
            c.service.deletionOptions = DeletionOptions.MANUAL_DELETION_ONLY;
        }));
        cases.add(channel("CH-NO-ART13", false, "external contacts: information unknown (asked by CH-UNKNOWN-ANSWERS)",
                c -> c.art13Information = Answer.UNKNOWN));
        cases.add(channel("CH-UNENCRYPTED-BACKUP", false, "backup unknown (asked by CH-UNKNOWN-ANSWERS)",
                c -> c.backupMode = BackupMode.UNKNOWN));
        cases.add(channel("CH-NO-ART14", true, "customers in photos, not informed", c -> c.thirdPartyData = Answer.YES));
        cases.add(channel("CH-NO-ART14", false, "contact sync alone (CH-CONTACT-SYNC's finding)", c -> c.contactSync = Answer.YES));
        cases.add(channel("CH-NO-ART14", false, "customers in photos, informed", c -> {
            c.thirdPartyData = Answer.YES;
            c.art14Information = Answer.YES;
        }));
        cases.add(channel("CH-NO-ART14", false, "no third parties' data", c -> { }));
        cases.add(channel("CH-BUSINESS-RECORDS", true, "business letters on private phones", c -> c.devices = Set.of(Device.PRIVATE_PHONE)));
        cases.add(channel("CH-BUSINESS-RECORDS", true, "business letters that disappear", c -> c.disappearingMessages = Answer.YES));
        cases.add(channel("CH-BUSINESS-RECORDS", false, "business letters on private phones in an MDM container",
                c -> c.devices = Set.of(Device.PRIVATE_PHONE, Device.MDM_CONTAINER)));
        cases.add(channel("CH-BUSINESS-RECORDS", false, "no business correspondence, disappearing messages", c -> {
            c.businessCorrespondence = Answer.NO;
            c.disappearingMessages = Answer.YES;
        }));
        cases.add(channel("CH-WORKS-COUNCIL", true, "internal channel, no works agreement recorded", c -> {
            c.audience = Audience.INTERNAL;
            c.worksAgreement = Answer.NO;
        }));
        cases.add(channel("CH-WORKS-COUNCIL", false, "internal channel under a works agreement", c -> {
            c.audience = Audience.INTERNAL;
            c.worksAgreement = Answer.YES;
        }));
        cases.add(channel("CH-WORKS-COUNCIL", false, "external channel", c -> c.worksAgreement = Answer.NO));
        cases.add(channel("CH-WORKS-COUNCIL", false, "a public body's internal channel (staff council law, not the BetrVG)", c -> {
            c.audience = Audience.INTERNAL;
            c.worksAgreement = Answer.NO;
            c.organisationType = OrganisationType.PUBLIC_BODY;
        }));
        cases.add(channel("CH-SERVICE-UNVERIFIED", false, "the only unverified topic is one the organisation arranged itself",
                c -> {
                    c.service.check(FactTopic.SERVER_LOCATIONS, FactState.DISPUTED, TODAY.minusDays(1));
                    c.deviations = Set.of(FactTopic.SERVER_LOCATIONS);
                }));
        cases.add(channel("CH-NEVER-REVIEWED", true, "no review recorded", c -> c.lastReviewedOn = null));
        cases.add(channel("CH-NEVER-REVIEWED", false, "retired, never reviewed", c -> {
            c.lastReviewedOn = null;
            c.status = ChannelStatus.RETIRED;
        }));
        cases.add(channel("CH-SERVICE-CHANGED", true, "fact changed after the last review",
                c -> c.service.factsChangedAt = LocalDateTime.of(2026, 11, 20, 8, 0)));
        cases.add(channel("CH-SERVICE-CHANGED", true, "fact changed after creation of a never reviewed channel", c -> {
            c.lastReviewedOn = null;
            c.service.factsChangedAt = LocalDateTime.of(2026, 11, 20, 8, 0);
        }));
        cases.add(channel("CH-SERVICE-CHANGED", false, "reviewed on the day of the change", c -> {
            c.service.factsChangedAt = LocalDateTime.of(2026, 11, 20, 8, 0);
            c.lastReviewedOn = LocalDate.of(2026, 11, 20);
        }));
        cases.add(channel("CH-SERVICE-CHANGED", false, "an old review, but the channel was created after the catalogue entry",
                c -> c.lastReviewedOn = LocalDate.of(2025, 6, 1)));
        cases.add(channel("CH-REVIEW-OVERDUE", true, "review date passed", c -> c.nextReviewOn = TODAY.minusDays(1)));
        cases.add(channel("CH-REVIEW-OVERDUE", false, "review date ahead", c -> { }));
        // processors
        cases.add(processor("PROC-NO-AGREEMENT", true, "agreement only requested", p -> p.agreementStatus = AgreementStatus.REQUESTED));
        cases.add(processor("PROC-NO-AGREEMENT", true, "no agreement available", p -> p.agreementStatus = AgreementStatus.NOT_AVAILABLE));
        cases.add(processor("PROC-NO-AGREEMENT", false, "agreement not required", p -> p.agreementStatus = AgreementStatus.NOT_REQUIRED));
        cases.add(processor("PROC-AGREEMENT-ENDED", true, "expired", p -> p.agreementStatus = AgreementStatus.EXPIRED));
        cases.add(processor("PROC-AGREEMENT-ENDED", true, "signed but past its end date", p -> p.validUntil = TODAY.minusDays(1)));
        cases.add(processor("PROC-AGREEMENT-ENDED", true, "terminated, still in use", p -> p.agreementStatus = AgreementStatus.TERMINATED));
        cases.add(processor("PROC-AGREEMENT-ENDED", false, "terminated and no longer used", p -> {
            p.agreementStatus = AgreementStatus.TERMINATED;
            p.inUse = false;
        }));
        cases.add(processor("PROC-AGREEMENT-UNDOCUMENTED", true, "signed, no date, no reference", p -> {
            p.signedOn = null;
            p.documentReferenced = false;
        }));
        cases.add(processor("PROC-AGREEMENT-UNDOCUMENTED", false, "signed with a reference only", p -> p.signedOn = null));
        cases.add(processor("PROC-AGREEMENT-REVIEW-DUE", true, "review date passed", p -> p.reviewOn = TODAY.minusMonths(1)));
        cases.add(processor("PROC-AGREEMENT-REVIEW-DUE", false, "review date ahead", p -> { }));
        cases.add(processor("PROC-AGREEMENT-EXPIRING", true, "ends in 90 days", p -> p.validUntil = TODAY.plusDays(90)));
        cases.add(processor("PROC-AGREEMENT-EXPIRING", false, "ends in 91 days", p -> p.validUntil = TODAY.plusDays(91)));
        // transfers
        cases.add(processor("PROC-NO-AGREEMENT", false, "a consumer app's provider (CH-CONSUMER-APP says it once)", p -> {
            p.agreementStatus = AgreementStatus.NOT_AVAILABLE;
            p.consumerAppsOnly = true;
        }));
        cases.add(transfer("TR-NO-MECHANISM", true, "to the US without mechanism", t -> t.mechanism = TransferMechanism.NONE));
        cases.add(transfer("TR-NO-MECHANISM", false, "to Norway (EEA) without mechanism", t -> {
            t.mechanism = TransferMechanism.NONE;
            t.country = "no";
        }));
        cases.add(transfer("TR-DPF-NOT-VERIFIED", true, "DPF, never checked", t -> t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK));
        cases.add(transfer("TR-DPF-NOT-VERIFIED", true, "DPF checked 18 months ago", t -> {
            t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK;
            t.dpfChecked = true;
            t.dpfCheckedOn = TODAY.minusMonths(18);
        }));
        cases.add(transfer("TR-DPF-NOT-VERIFIED", false, "DPF checked last month", t -> {
            t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK;
            t.dpfChecked = true;
            t.dpfCheckedOn = TODAY.minusMonths(1);
        }));
        cases.add(transfer("TR-DPF-LEGAL-RISK", true, "relies on the DPF", t -> t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK));
        cases.add(transfer("TR-DPF-LEGAL-RISK", false, "relies on SCCs", t -> { }));
        cases.add(transfer("TR-SCC-NO-TIA", true, "SCCs without TIA", t -> t.tiaDone = false));
        cases.add(transfer("TR-DPF-AVAILABLE", true, "no mechanism, the catalogue says certified",
                t -> t.mechanism = TransferMechanism.NONE));
        cases.add(transfer("TR-DPF-AVAILABLE", false, "no mechanism to the UK: the DPF is for the USA only", t -> {
            t.mechanism = TransferMechanism.NONE;
            t.country = "GB";
        }));
        cases.add(transfer("TR-DPF-AVAILABLE", false, "no mechanism, the catalogue says not certified", t -> {
            t.mechanism = TransferMechanism.NONE;
            t.catalogueDpf = Map.of("signal", DpfStatus.NOT_CERTIFIED);
        }));
        cases.add(transfer("TR-DPF-NOT-CERTIFIED", true, "DPF, the catalogue says not certified", t -> {
            t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK;
            t.catalogueDpf = Map.of("imessage", DpfStatus.NOT_CERTIFIED);
        }));
        cases.add(transfer("TR-DPF-NOT-CERTIFIED", false, "DPF, the catalogue says certified",
                t -> t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK));
        cases.add(transfer("TR-DPF-NOT-CERTIFIED", false, "DPF, no service behind the transfer", t -> {
            t.mechanism = TransferMechanism.DATA_PRIVACY_FRAMEWORK;
            t.catalogueDpf = Map.of();
        }));
        cases.add(transfer("TR-BCR-NOT-APPROVED", true, "BCRs, neither approval nor TIA documented", t -> {
            t.mechanism = TransferMechanism.BINDING_CORPORATE_RULES;
            t.tiaDone = false;
        }));
        cases.add(transfer("TR-BCR-NOT-APPROVED", true, "BCRs with a TIA but no approval documented", t -> {
            t.mechanism = TransferMechanism.BINDING_CORPORATE_RULES;
            t.tiaDone = true;
        }));
        cases.add(transfer("TR-BCR-NOT-APPROVED", true, "BCRs approved, no TIA", t -> {
            t.mechanism = TransferMechanism.BINDING_CORPORATE_RULES;
            t.tiaDone = false;
            t.safeguardsDocumented = true;
        }));
        cases.add(transfer("TR-BCR-NOT-APPROVED", false, "BCRs approved, with a TIA", t -> {
            t.mechanism = TransferMechanism.BINDING_CORPORATE_RULES;
            t.safeguardsDocumented = true;
        }));
        cases.add(transfer("TR-SCC-NO-TIA", false, "BCRs without TIA (their own rule)", t -> {
            t.mechanism = TransferMechanism.BINDING_CORPORATE_RULES;
            t.tiaDone = false;
        }));
        cases.add(transfer("TR-SCC-NO-TIA", false, "SCCs with TIA", t -> { }));
        cases.add(transfer("TR-DEROGATION-REGULAR", true, "consent derogation over a channel in use", t -> {
            t.mechanism = TransferMechanism.DEROGATION_ART49;
            t.derogation = Derogation.A_EXPLICIT_CONSENT;
        }));
        cases.add(transfer("TR-DEROGATION-REGULAR", false, "occasional transfer, no channel", t -> {
            t.mechanism = TransferMechanism.DEROGATION_ART49;
            t.derogation = Derogation.A_EXPLICIT_CONSENT;
            t.channelsInUse = 0;
        }));
        cases.add(transfer("TR-DEROGATION-UNDOCUMENTED", true, "compelling interests, no safeguards documented", t -> {
            t.mechanism = TransferMechanism.DEROGATION_ART49;
            t.derogation = Derogation.SECOND_SUBPARAGRAPH;
        }));
        cases.add(transfer("TR-DEROGATION-UNDOCUMENTED", false, "compelling interests, safeguards documented", t -> {
            t.mechanism = TransferMechanism.DEROGATION_ART49;
            t.derogation = Derogation.SECOND_SUBPARAGRAPH;
            t.safeguardsDocumented = true;
        }));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void ruleFiresExactlyInItsSituation(Case c) {
        Rule<Object> rule = (Rule<Object>) RuleCatalogue.byId(c.rule()).orElseThrow();
        Evidence evidence = rule.evaluate(c.facts().get(), TODAY);
        if (c.fires()) {
            assertNotNull(evidence, c::toString);
            assertFalse(evidence.facts().isEmpty(), "a finding names the facts it rests on");
        } else {
            assertNull(evidence, () -> c + " but fired on " + evidence);
        }
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItMustNot() {
        List<Case> cases = cases();
        Set<String> firing = cases.stream().filter(Case::fires).map(Case::rule).collect(Collectors.toSet());
        Set<String> silent = cases.stream().filter(c -> !c.fires()).map(Case::rule).collect(Collectors.toSet());
        Set<String> missing = new HashSet<>();
        for (Rule<?> rule : RuleCatalogue.ALL) {
            if (!firing.contains(rule.id()) || !silent.contains(rule.id())) {
                missing.add(rule.id());
            }
        }
        assertTrue(missing.isEmpty(), "rules without both cases: " + missing);
        assertTrue(cases.stream().map(Case::rule).allMatch(id -> RuleCatalogue.byId(id).isPresent()), "cases name known rules");
    }

    @Test
    void theCompliantRegisterRaisesNothing() {
        RegisterFacts facts = new RegisterFacts(List.of(new Fixtures.Organisation().build()),
                List.of(new Fixtures.Activity().build()), List.of(new Fixtures.Channel().build()),
                List.of(new Fixtures.Processor().build()), List.of(new Fixtures.Transfer().build()));
        assertEquals(List.of(), FindingEvaluator.evaluate(facts, TODAY));
    }

    @Test
    void retiredChannelsAndActivitiesRaiseNothing() {
        Fixtures.Channel channel = new Fixtures.Channel();
        channel.status = ChannelStatus.RETIRED;
        channel.contactSync = Answer.YES;
        Fixtures.Activity activity = new Fixtures.Activity();
        activity.status = ActivityStatus.RETIRED;
        activity.purposes = List.of();
        RegisterFacts facts = new RegisterFacts(List.of(), List.of(activity.build()), List.of(channel.build()), List.of(), List.of());
        assertEquals(List.of(), FindingEvaluator.evaluate(facts, TODAY));
    }

    @Test
    void evaluationNamesRuleObjectAndOrganisation() {
        Fixtures.Channel channel = new Fixtures.Channel();
        channel.contactSync = Answer.YES;
        channel.backupMode = BackupMode.UNENCRYPTED_CLOUD;
        RegisterFacts facts = new RegisterFacts(List.of(), List.of(), List.of(channel.build()), List.of(), List.of());
        List<Finding> findings = FindingEvaluator.evaluate(facts, TODAY);
        assertEquals(List.of("CH-CONTACT-SYNC.7", "CH-UNENCRYPTED-BACKUP.7"), findings.stream().map(Finding::id).toList());
        assertEquals("WhatsApp Business – Termine", findings.get(0).objectName());
        assertEquals(1, findings.get(0).organisationId());
        assertEquals("true", findings.get(0).evidence().facts().get("contactSync"));
    }

    private static Case org(String rule, boolean fires, String situation, Consumer<Fixtures.Organisation> change) {
        return of(rule, fires, situation, Fixtures.Organisation::new, change, Fixtures.Organisation::build);
    }

    private static Case activity(String rule, boolean fires, String situation, Consumer<Fixtures.Activity> change) {
        return of(rule, fires, situation, Fixtures.Activity::new, change, Fixtures.Activity::build);
    }

    private static Case channel(String rule, boolean fires, String situation, Consumer<Fixtures.Channel> change) {
        return of(rule, fires, situation, Fixtures.Channel::new, change, Fixtures.Channel::build);
    }

    private static Case processor(String rule, boolean fires, String situation, Consumer<Fixtures.Processor> change) {
        return of(rule, fires, situation, Fixtures.Processor::new, change, Fixtures.Processor::build);
    }

    private static Case transfer(String rule, boolean fires, String situation, Consumer<Fixtures.Transfer> change) {
        return of(rule, fires, situation, Fixtures.Transfer::new, change, Fixtures.Transfer::build);
    }

    /** A case whose facts come from a fresh compliant builder with one change applied. */
    private static <B> Case of(String rule, boolean fires, String situation, Supplier<B> compliant, Consumer<B> change,
                               Function<B, Object> build) {
        return new Case(rule, fires, situation, () -> {
            B builder = compliant.get();
            change.accept(builder);
            return build.apply(builder);
        });
    }
}
