package org.chargeback.pricing.frozen;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of {@code PUT /v1/frozen-periods/{month}}. */
@Schema(name = "FreezeRequest", description = "Who freezes the month")
public record FreezeRequest(@Schema(example = "chargeback-service") @Size(max = 200) String frozenBy) {
}
