/**
 * The organisations (controllers) whose registers are kept here: address, management, DPO, EU
 * representative and joint controllers. Every other register object belongs to one organisation.
 */
package de.ropa.organisations;
