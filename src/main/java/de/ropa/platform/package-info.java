/**
 * What every component stands on: the REST application and its error model (RFC 9457 problem details),
 * the database and its migrations, health, language selection and the page template.
 */
package de.ropa.platform;
