/**
 * Who may do what: users with roles (admin, dpo, auditor, integration) and organisation memberships,
 * form login for the screens, API tokens for integration clients, login throttling, and the checks that
 * make every screen and endpoint require a role and hide other organisations' objects.
 */
package de.ropa.security;
