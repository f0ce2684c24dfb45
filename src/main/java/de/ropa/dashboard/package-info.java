/** The dashboard: what the register holds, where it is exposed, and what falls due next. */
package de.ropa.dashboard;
