/**
 * RFC 9457 problem details: the one error shape of the REST API, and the exception mappers that produce it.
 */
package de.ropa.platform.problem;
