package org.chargeback.chargeback.businessunit.dto;

/** The shape of business unit and use case codes (the same as pricing's product codes). */
public final class Codes {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{1,63}";
    public static final String MESSAGE =
            "must be 2 to 64 lowercase letters, digits or '-', starting with a letter or digit";

    private Codes() {
    }
}
