/**
 * What every component stands on: the REST application and its error model (RFC 9457 problem details),
 * the database and its migrations, health, language selection and the page template, the kinds of objects
 * ({@code ObjectKind}) and roles, and the interfaces through which it reaches components without knowing them
 * ({@code Trail}, {@code CallerScope}, {@code CurrentOrganisation}, {@code ReviewedRegister}). It imports no
 * component (ArchitectureTest).
 */
package de.ropa.platform;
