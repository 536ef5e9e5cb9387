package org.chargeback.deploy;

/** A failure the launcher explains to the user in one message (and exits non-zero). */
class SuiteException extends RuntimeException {
    SuiteException(String message) {
        super(message);
    }

    SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
