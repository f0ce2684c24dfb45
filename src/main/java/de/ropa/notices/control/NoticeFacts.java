package de.ropa.notices.control;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.transfers.entity.TransferMechanism;
import java.util.List;

/**
 * What the register says that a channel's information texts need: the controller from the organisation's master data,
 * the DPO, the channel and its service, and what the channel's activities state.
 */
public record NoticeFacts(Controller controller, Dpo dpo, ChannelFact channel, List<PurposeFact> purposes,
                          List<String> dataCategories, List<Retention> retention, List<String> recipients,
                          List<TransferFact> transfers) {

    /** The controller (Art. 13(1)(a)) and what an imprint names (§ 5 DDG). */
    public record Controller(String name, String street, String postalCode, String city, String country, String email,
                             String phone, String website, String management, boolean legalPerson) {
    }

    /**
     * The DPO; {@code designated}: the organisation names one, or must have one as a public body. Without one, Art.
     * 13(1)(b) asks for nothing ("where applicable").
     */
    public record Dpo(boolean designated, String name, String company, String email, String phone) {

        boolean reachable() {
            return NoticeWriter.given(email) || NoticeWriter.given(phone);
        }
    }

    /** The channel: its name, its service, the service's provider, whether people outside write on it. */
    public record ChannelFact(String name, String service, String provider, boolean external) {
    }

    public record PurposeFact(String description, LegalBasis legalBasis, Art9Condition art9Condition) {
    }

    public record Retention(String category, String period) {
    }

    public record TransferFact(String recipient, String country, TransferMechanism mechanism) {
    }
}
