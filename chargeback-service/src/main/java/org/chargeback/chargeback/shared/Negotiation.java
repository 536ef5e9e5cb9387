package org.chargeback.chargeback.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation of the endpoints that answer JSON or CSV. */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * CSV when the client's most preferred acceptable type is {@code text/csv}, JSON otherwise (no Accept, wildcards,
     * or JSON first). Generated clients send every type an operation produces, e.g.
     * {@code Accept: application/json, text/csv}, and must get JSON: merely listing CSV does not ask for it.
     */
    public static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) { // ordered by q, then specificity
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
