/**
 * The reference catalogues shared by all organisations: messenger services with the facts a DPO relies
 * on (provider, processing agreement, DPF, encryption, address book, backups) and the catalogue of
 * technical and organisational measures organisations adopt.
 */
package de.ropa.catalogue;
