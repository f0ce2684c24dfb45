/**
 * Accountability (Art. 5(2) GDPR): the append-only, hash-chained audit trail of every change, its
 * verification (whole for admins, per organisation for its members) and export, and the history pages
 * built on it.
 */
package de.ropa.audit;
