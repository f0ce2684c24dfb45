/**
 * Processors (Art. 28 GDPR) of an organisation, the messenger services they provide and the state of their
 * processing agreements.
 */
package de.ropa.processors;
