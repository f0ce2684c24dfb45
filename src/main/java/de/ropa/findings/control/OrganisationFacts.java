package de.ropa.findings.control;

/** What the rules read of the controller itself (Art. 30(1)(a)). */
public record OrganisationFacts(long id, String name, String street, String postalCode, String city, String email,
                                String phone, String dpoName, String dpoEmail, String dpoPhone) {
}
