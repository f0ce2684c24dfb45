package de.ropa.platform.entity;

/** Column lengths, shared by the entities' @Column and the request records' @Size (one number each). */
public final class Lengths {

    public static final int NAME = 200;
    public static final int SHORT_TEXT = 500;
    public static final int TEXT = 4000;
    public static final int EMAIL = 254;
    public static final int PHONE = 50;
    public static final int URL = 1000;
    public static final int COUNTRY = 2;
    /** A catalogue entry's code, e.g. whatsapp-business-app. */
    public static final int CODE = 100;
    /** An IANA time zone name, e.g. America/Argentina/ComodRivadavia (32). */
    public static final int TIME_ZONE = 40;

    private Lengths() {
    }
}
