package de.ropa.platform.openapi;

/**
 * Which roles may call an operation, as the operation's {@code x-roles} extension says in its annotations
 * ({@code @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)}); the document turns it into security
 * requirements of both schemes and a line of the description. A read without it is open to every role; a change
 * without it fails the build.
 */
public final class ApiRoles {

    public static final String EXTENSION = "x-roles";
    /** Every role (reads): members of the organisation, admins of all. */
    public static final String ANYONE = "admin, dpo, auditor, integration";
    /** Changes of the register: the DPO on the screens, other systems over the API. */
    public static final String EDITORS = "dpo, integration";
    public static final String DPO = "dpo";
    public static final String ADMIN = "admin";
    public static final String ADMIN_AND_EDITORS = "admin, dpo, integration";
    /** No authentication (the health check for load balancers). */
    public static final String NONE = "none";

    private ApiRoles() {
    }
}
