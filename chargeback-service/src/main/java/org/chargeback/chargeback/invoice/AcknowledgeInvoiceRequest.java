package org.chargeback.chargeback.invoice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/invoices/{number}/acknowledgements}. */
@Schema(name = "AcknowledgeInvoiceRequest", description = "Finance booked the invoice under its own reference")
public record AcknowledgeInvoiceRequest(
        @Schema(description = "Finance's own booking reference (journal entry, document number)",
                example = "GL-2026-11-000871", required = true)
        @NotBlank @Size(max = 200)
        String reference,
        @Schema(description = "Who or what booked it", example = "sap-connector")
        @Size(max = 200)
        String bookedBy) {
}
