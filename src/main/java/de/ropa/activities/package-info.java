/**
 * Processing activities: the records of the register with every Art. 30 field, their purposes and legal
 * bases, data categories, recipients, and the channels, measures and transfers they use.
 */
package de.ropa.activities;
