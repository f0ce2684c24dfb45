/**
 * The explicit demo mode (ROPA_DEMO=true, off by default): a realistic sample organisation so a new user
 * sees a living register at once.
 */
package de.ropa.demo;
