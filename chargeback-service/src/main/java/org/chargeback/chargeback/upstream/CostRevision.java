package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** ingestion-service {@code GET /v1/costs/revisions}: the revision of a (BillingAccountId, BillingPeriodStart) scope. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostRevision(String billingAccountId, String billingPeriod, long revision) {

    /** The key a statement records it under. */
    public String scope() {
        return billingAccountId + "/" + billingPeriod;
    }
}
