package de.ropa.organisations.entity;

/**
 * What kind of body the controller is. A public authority or body must designate a data protection officer whatever
 * it processes (Art. 37(1)(a)); for others it depends on their processing (Art. 37(1)(b), (c); § 38 BDSG).
 */
public enum OrganisationType {
    COMPANY,
    ASSOCIATION,
    PUBLIC_BODY
}
