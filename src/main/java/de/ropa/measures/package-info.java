/**
 * An organisation's technical and organisational measures (Art. 32 GDPR), optionally adopted from the TOM
 * catalogue, which activities and channels refer to.
 */
package de.ropa.measures;
