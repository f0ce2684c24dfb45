/**
 * Export and import of one organisation's whole register as a JSON document: lossless (export, import,
 * export gives the same document) and all or nothing (one bad record stores nothing). Links inside the
 * document use keys, links to the catalogues use their stable codes, so documents move between
 * installations.
 */
package de.ropa.exchange;
