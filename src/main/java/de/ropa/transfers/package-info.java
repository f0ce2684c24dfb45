/**
 * Transfers to third countries (Art. 44 ff. GDPR): recipients, countries, the transfer mechanism (adequacy
 * decision, DPF, standard contractual clauses, BCR) and the transfer impact assessment.
 */
package de.ropa.transfers;
