/**
 * Messenger channels: how an organisation uses a messenger service (audience, devices, contact sync,
 * backups, information to the people it talks to), the channels' pages and the messenger checklist.
 */
package de.ropa.channels;
