package de.ropa.catalogue.entity;

/** Whether the app uploads the device address book to the provider. */
public enum AddressBookUpload {
    ALWAYS,
    OPTIONAL,
    NONE
}
