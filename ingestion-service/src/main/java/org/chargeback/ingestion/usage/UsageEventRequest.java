package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(name = "UsageEvent", description = "One outcome a business unit consumed")
public record UsageEventRequest(
        @Schema(description = "The producer's idempotency key: the same id with the same content counts once", example = "sb-2026-10-01-000001")
        @NotBlank @Size(max = 200) String eventId,
        @Schema(example = "customer-support") @NotBlank @Size(max = 100) String businessUnit,
        @Schema(example = "support-bot") @NotBlank @Size(max = 100) String useCase,
        @Schema(description = "Outcome product code from the price book", example = "support-resolution")
        @NotBlank @Size(max = 100) String product,
        @Schema(description = "Units of the product, > 0", example = "1") @NotNull @Positive BigDecimal quantity,
        @Schema(description = "ISO 8601 with offset", example = "2026-10-01T09:30:00Z") @NotNull OffsetDateTime occurredAt,
        @Schema(description = "Optional JSON object: model, channel, tokens in/out, ...") JsonNode attributes) {

    @AssertTrue(message = "must be a JSON object when present")
    @Schema(hidden = true)
    boolean isAttributes() {
        return attributes == null || attributes.isNull() || attributes.isObject();
    }
}
