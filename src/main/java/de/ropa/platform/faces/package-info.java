/**
 * What every screen shares: public fields of request classes as EL properties, enum and id converters,
 * lazy paging over the services, field messages from the services' validation, labels and the current
 * organisation.
 */
package de.ropa.platform.faces;
