package org.chargeback.chargeback.statement;

import java.util.List;

/** A statement with everything a reader derives from it (see {@link StatementInsights}). */
public record StatementDetails(Statement statement, StatementInsights.Showback showback,
                               StatementInsights.Recovery recovery, List<StatementInsights.UnitEconomics> unitEconomics,
                               StatementInsights.Variance variance) {
}
