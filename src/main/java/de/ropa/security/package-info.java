/**
 * Who may do what: users with roles (admin, dpo, auditor, integration) and organisation memberships,
 * form login for the screens, API tokens for integration clients, password hashing and lockout, sessions
 * that follow the account, the own password change, login throttling, request hardening headers, and the
 * checks that make every screen and endpoint require a role and hide other organisations' objects; the demo
 * accounts. Implements the platform's {@code CallerScope}.
 */
package de.ropa.security;
