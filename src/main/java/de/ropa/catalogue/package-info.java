/**
 * The reference catalogues shared by all organisations: messenger services with the facts a DPO relies
 * on (provider, processing agreement, DPF, encryption, address book, backups) and the catalogue of
 * technical and organisational measures organisations adopt. Only admins change them; each change is
 * recorded in the trail of every organisation that uses the entry.
 */
package de.ropa.catalogue;
