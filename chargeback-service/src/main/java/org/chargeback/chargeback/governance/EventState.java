package org.chargeback.chargeback.governance;

/** raised -> acknowledged -> approved | rejected; each step with who and why. */
public enum EventState { RAISED, ACKNOWLEDGED, APPROVED, REJECTED }
