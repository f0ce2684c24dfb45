/** Paged lists, shared by every component's list endpoints and lazy tables. */
package de.ropa.platform.paging;
