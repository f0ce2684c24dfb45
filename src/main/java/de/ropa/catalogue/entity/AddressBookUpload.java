package de.ropa.catalogue.entity;

/** How the app finds contacts: uploading the device's address book, matching hashes after an opt-in, or not at all. */
public enum AddressBookUpload {
    /** Uploads the phone numbers of the address book (users and non-users) once the contacts permission is granted. */
    WHEN_PERMITTED,
    /** Matches hashed numbers only, and only after the user explicitly opts in. */
    HASHED_OPT_IN,
    NONE
}
