package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.budget.Corridor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "CorridorView")
public record CorridorView(String businessUnit, String metric, BigDecimal floorPercent, BigDecimal ceilingPercent,
                           String createdBy, Instant createdAt) {

    public static CorridorView from(Corridor k) {
        return new CorridorView(k.businessUnit(), k.metric(), k.floorPercent(), k.ceilingPercent(), k.createdBy(),
                k.createdAt());
    }
}
