package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.budget.BusinessMetric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "BusinessMetricView")
public record BusinessMetricView(String businessUnit, String month, String metric, BigDecimal value, String currency,
                                 String reportedBy, Instant reportedAt) {

    public static BusinessMetricView from(BusinessMetric m) {
        return new BusinessMetricView(m.businessUnit(), m.month().toString(), m.metric(), m.value(), m.currency(),
                m.reportedBy(), m.reportedAt());
    }
}
