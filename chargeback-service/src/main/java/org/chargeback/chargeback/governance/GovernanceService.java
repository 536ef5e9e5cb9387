package org.chargeback.chargeback.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.budget.Budget;
import org.chargeback.chargeback.budget.BudgetMath;
import org.chargeback.chargeback.budget.BudgetService;
import org.chargeback.chargeback.budget.BudgetStatus;
import org.chargeback.chargeback.budget.TriggerLevel;
import org.chargeback.chargeback.budget.dto.CorridorStatusView;
import org.chargeback.chargeback.governance.dto.EvaluationView;
import org.chargeback.chargeback.governance.dto.GovernanceEventView;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Governance triggers: evaluates budgets on their month-to-date actuals and straight-line projection, raises each
 * crossing once (unique key per budget, level and basis, and one evaluator at a time by an advisory lock), moves
 * events raised -> acknowledged -> approved | rejected, and queues a signed webhook notification for each of these
 * in the same transaction.
 */
@ApplicationScoped
@Transactional
public class GovernanceService {

    static final String ACTUAL = "ACTUAL";
    static final String PROJECTED = "PROJECTED";

    private final GovernanceRepository events;
    private final BudgetService budgets;
    private final WebhookOutbox outbox;
    private final GovernanceConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    GovernanceService(GovernanceRepository events, BudgetService budgets, WebhookOutbox outbox,
                      GovernanceConfig config, ObjectMapper json, Clock clock) {
        this.events = events;
        this.budgets = budgets;
        this.outbox = outbox;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Evaluates every budget whose period contains {@code month}, waiting for a concurrent evaluation to finish
     * (after a statement run, on demand). What it raised: crossings raised before are not raised again.
     */
    public EvaluationView evaluate(YearMonth month, String raisedBy) {
        events.lockEvaluation();
        List<Budget> covering = budgets.budgetsCovering(month, null);
        List<GovernanceEventView> raised = evaluateBudgets(covering, raisedBy);
        raised.addAll(evaluateCorridors(month, raisedBy));
        return new EvaluationView(month.toString(), covering.size(), raised);
    }

    /**
     * The scheduled evaluation: only one replica per slot of {@code chargeback.governance.evaluation-interval}
     * evaluates (the advisory lock keeps two from running at once, the slot row from running twice in a slot).
     * Covers the current month and the previous one (its statements are often run after it ended).
     */
    public Optional<EvaluationView> evaluateScheduled() {
        if (!events.tryLockEvaluation()) {
            return Optional.empty();
        }
        Instant now = now();
        long interval = Math.max(1, config.evaluationInterval().toSeconds());
        Instant slot = Instant.ofEpochSecond(now.getEpochSecond() / interval * interval);
        if (!events.claimSlot(slot, now)) {
            return Optional.empty();
        }
        YearMonth current = YearMonth.from(today());
        Map<UUID, Budget> covering = new LinkedHashMap<>();
        for (YearMonth m : List.of(current.minusMonths(1), current)) {
            budgets.budgetsCovering(m, null).forEach(b -> covering.putIfAbsent(b.id(), b));
        }
        List<GovernanceEventView> raised = evaluateBudgets(new ArrayList<>(covering.values()), "schedule");
        for (YearMonth m : List.of(current.minusMonths(1), current)) {
            raised.addAll(evaluateCorridors(m, "schedule"));
        }
        Log.infof("Scheduled governance evaluation (slot %s): %d budgets, %d raised", slot, covering.size(),
                raised.size());
        return Optional.of(new EvaluationView(current.toString(), covering.size(), raised));
    }

    private List<GovernanceEventView> evaluateBudgets(List<Budget> toEvaluate, String raisedBy) {
        LocalDate today = today();
        List<GovernanceEventView> raised = new ArrayList<>();
        for (Budget budget : toEvaluate) {
            if (!budget.isGoverned()) {
                continue; // the innovation reserve is never flagged for cost
            }
            BudgetStatus status = budgets.statusOf(budget, today);
            BigDecimal exactProjection = BudgetStatus.exactProjection(budget, status.actual(), today);
            for (TriggerLevel level : TriggerLevel.values()) {
                BigDecimal threshold = level.thresholdOf(budget);
                String basis = BudgetMath.crosses(status.actual(), status.governed(), threshold) ? ACTUAL
                        : status.open() && BudgetMath.crosses(exactProjection, status.governed(), threshold)
                        ? PROJECTED : null;
                if (basis != null) {
                    raise(budget, level, basis, status, raisedBy).ifPresent(e -> raised.add(view(e, budget)));
                }
            }
        }
        return raised;
    }

    /**
     * Every corridor whose business unit reported its metric for the month: spend above the ceiling or below the
     * floor raises one event per corridor and month (a later run of the month that stays outside, or moves to the
     * other side, raises nothing more).
     */
    private List<GovernanceEventView> evaluateCorridors(YearMonth month, String raisedBy) {
        List<GovernanceEventView> raised = new ArrayList<>();
        String currency = budgets.reportingCurrency().getCurrencyCode();
        for (CorridorStatusView k : budgets.corridorsIn(month, null, Optional.empty())) {
            boolean above = "ABOVE_CEILING".equals(k.status());
            if (!above && !"BELOW_FLOOR".equals(k.status())) {
                continue; // WITHIN, or NO_METRIC: nothing to measure against
            }
            GovernanceEvent event = new GovernanceEvent(UUID.randomUUID(), null, null, ACTUAL,
                    above ? k.ceilingPercent() : k.floorPercent(),
                    k.spendPercent() == null ? BigDecimal.ZERO : k.spendPercent(), k.spend(), null, null, currency,
                    today(), EventState.RAISED, now(), raisedBy, null, null, null, null, null, null,
                    new GovernanceEvent.CorridorCrossing(k.businessUnit(), k.metric(), month.toString(), k.status(),
                            k.metricValue()));
            if (!events.insertCorridorIfAbsent(event)) {
                continue;
            }
            Log.infof("Governance event %s raised: corridor %s of %s in %s %s (spend %s = %s%% of %s)", event.id(),
                    k.metric(), k.businessUnit(), month, k.status(), k.spend().toPlainString(), k.spendPercent(),
                    k.metricValue().toPlainString());
            notifyWebhooks(event, null, "RAISED");
            raised.add(view(event, null));
        }
        return raised;
    }

    private Optional<GovernanceEvent> raise(Budget budget, TriggerLevel level, String basis, BudgetStatus status,
                                            String raisedBy) {
        BigDecimal percent = ACTUAL.equals(basis) ? status.percent() : status.projectedPercent();
        GovernanceEvent event = new GovernanceEvent(UUID.randomUUID(), budget.id(), level, basis,
                level.thresholdOf(budget), percent == null ? BigDecimal.ZERO : percent, status.actual(),
                status.projected(), status.governed(), budget.currency().getCurrencyCode(),
                status.evaluatedThrough(), EventState.RAISED, now(), raisedBy, null, null, null, null, null, null, null);
        if (!events.insertIfAbsent(event)) {
            return Optional.empty();
        }
        Log.infof("Governance event %s raised: %s of budget %s (%s) on %s, %s%% of %s %s", event.id(), level,
                budget.id(), budget.scope(), basis, event.percent(), status.governed().toPlainString(),
                budget.currency());
        notifyWebhooks(event, budget, "RAISED");
        return Optional.of(event);
    }

    /**
     * For issuing: the EXECUTIVE_APPROVAL event of a budget whose actual is at or above its approval threshold,
     * raised now if no evaluation did yet. Its own transaction, so the event stays recorded when the issue is
     * refused (the refusal rolls the issuing transaction back).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<GovernanceEvent> approvalEventsOf(Budget budget, BudgetStatus status) {
        raise(budget, TriggerLevel.EXECUTIVE_APPROVAL, ACTUAL, status, "statement-issue");
        return events.listOfBudget(budget.id()).stream()
                .filter(e -> e.level() == TriggerLevel.EXECUTIVE_APPROVAL).toList();
    }

    /** @throws ProblemException 404; 409 {@code /problems/invalid-event-transition} unless RAISED */
    public GovernanceEventView acknowledge(UUID id, String by, String reason) {
        return move(id, EventState.RAISED, EventState.ACKNOWLEDGED, by, reason);
    }

    /** @throws ProblemException 404; 409 {@code /problems/invalid-event-transition} unless ACKNOWLEDGED */
    public GovernanceEventView approve(UUID id, String by, String reason) {
        return move(id, EventState.ACKNOWLEDGED, EventState.APPROVED, by, reason);
    }

    /** @throws ProblemException 404; 409 {@code /problems/invalid-event-transition} unless ACKNOWLEDGED */
    public GovernanceEventView reject(UUID id, String by, String reason) {
        return move(id, EventState.ACKNOWLEDGED, EventState.REJECTED, by, reason);
    }

    private GovernanceEventView move(UUID id, EventState from, EventState to, String by, String reason) {
        GovernanceEvent before = find(id);
        if (!events.transition(id, from, to, now(), by.strip(), reason.strip())) {
            GovernanceEvent current = find(id);
            throw new ProblemException(409, "invalid-event-transition", "Event cannot move this way",
                    "Governance event " + id + " is " + current.state() + "; only a " + from + " event can become "
                            + to + " (raised -> acknowledged -> approved or rejected)")
                    .with("state", current.state().name());
        }
        GovernanceEvent after = find(id);
        Budget budget = budgetOf(before);
        Log.infof("Governance event %s %s by %s: %s", id, to, by, reason);
        notifyWebhooks(after, budget, to.name());
        return view(after, budget);
    }

    private GovernanceEvent find(UUID id) {
        return events.findById(id).orElseThrow(() -> ProblemException.notFound("Governance event", id.toString()));
    }

    @Transactional(SUPPORTS)
    public GovernanceEventView getEvent(UUID id) {
        GovernanceEvent event = find(id);
        return view(event, budgetOf(event));
    }

    /** The event's budget; null for a corridor event. */
    private Budget budgetOf(GovernanceEvent event) {
        return event.budgetId() == null ? null : budgets.getBudget(event.budgetId());
    }

    /**
     * Events by state, business unit and budget (each optional), oldest first; only those of the business units in
     * {@code scope} (empty: all): their budgets' events and their corridors'.
     */
    @Transactional(SUPPORTS)
    public List<GovernanceEventView> listEvents(EventState state, String businessUnit, UUID budgetId,
                                                Optional<Set<String>> scope) {
        Map<UUID, Budget> seen = new java.util.HashMap<>();
        return events.list(state, businessUnit, budgetId, scope).stream()
                .map(e -> view(e, e.budgetId() == null ? null : seen.computeIfAbsent(e.budgetId(), budgets::getBudget)))
                .toList();
    }

    private void notifyWebhooks(GovernanceEvent event, Budget budget, String kind) {
        List<String> urls = config.webhooks().orElse(List.of());
        if (urls.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("event", view(event, budget));
        try {
            outbox.enqueue(event.id(), urls, json.writeValueAsString(body), now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the notification of event " + event.id(), e);
        }
    }

    private static GovernanceEventView view(GovernanceEvent e, Budget b) {
        return GovernanceEventView.from(e, b);
    }

    private LocalDate today() {
        return budgets.today();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
