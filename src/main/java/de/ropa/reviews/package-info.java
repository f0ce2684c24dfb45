/** Reviews: what is due or overdue for review, and recording that an activity, channel or agreement was reviewed. */
package de.ropa.reviews;
