package org.chargeback.pricing.frozen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A month chargeback has issued statements for: its prices no longer change except by retroactive correction. */
@Schema(name = "FrozenPeriod", description = "A month with issued statements; its prices are frozen")
public record FrozenPeriod(@Schema(example = "2026-10") String month, Instant frozenAt,
                           @Schema(example = "chargeback-service") String frozenBy) {
}
