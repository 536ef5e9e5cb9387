package org.chargeback.chargeback.allocation;

import java.math.BigDecimal;

/**
 * A participant of a shared rule: a business unit, optionally one of its use cases, and for FIXED its
 * {@code percent} (null for the other methods).
 */
public record RuleShare(String businessUnit, BigDecimal percent, String useCase) {
}
