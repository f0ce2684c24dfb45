package de.ropa.organisations.entity;

/**
 * What kind of body the controller is. A public authority or body must designate a data protection officer whatever
 * it processes (Art. 37(1)(a)); for others it depends on their processing (Art. 37(1)(b), (c); § 38 BDSG).
 */
public enum OrganisationType {
    COMPANY,
    ASSOCIATION,
    PUBLIC_BODY,
    /** A public school: a public body, with pupils (children) and parents as data subjects. */
    SCHOOL,
    /** A practice, hospital or care provider: health data and professional secrecy (§ 203 StGB). */
    HEALTH_CARE;

    /** Whether the body acts in the performance of public tasks (Art. 37(1)(a); Art. 6(1) second subparagraph). */
    public boolean isPublic() {
        return this == PUBLIC_BODY || this == SCHOOL;
    }
}
