package org.chargeback.chargeback.governance.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EvaluationView", description = "What an evaluation raised; crossings raised before are not repeated")
public record EvaluationView(String month, int evaluatedBudgets, List<GovernanceEventView> raised) {
}
