package org.chargeback.chargeback.governance;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.budget.TriggerLevel;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Governance events, evaluation locks and slots, plain JDBC. Joins the caller's transaction. */
@ApplicationScoped
class GovernanceRepository {

    private static final String LOCK_KEY = "governance-evaluation";

    private final DataSource dataSource;

    GovernanceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits for the evaluation lock until the transaction ends (after-run and on-demand evaluations). */
    void lockEvaluation() {
        lock("select pg_advisory_xact_lock(hashtext(?))");
    }

    /** Takes the evaluation lock if free; false when another replica is evaluating right now. */
    boolean tryLockEvaluation() {
        return lock("select pg_try_advisory_xact_lock(hashtext(?))");
    }

    private boolean lock(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object result = rs.getObject(1);
                return !(result instanceof Boolean b) || b;
            }
        } catch (SQLException e) {
            throw failure("lock the governance evaluation", e);
        }
    }

    /** @return true for the first replica claiming this slot; the others skip it */
    boolean claimSlot(Instant slotStart, Instant now) {
        String sql = "insert into governance_evaluation_slot (slot_start, evaluated_at) values (?, ?)"
                + " on conflict do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, slotStart);
            Jdbc.setInstant(ps, 2, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("claim an evaluation slot", e);
        }
    }

    /** @return false when the crossing was raised before (the unique key decides between concurrent evaluators) */
    boolean insertIfAbsent(GovernanceEvent e) {
        String sql = "insert into governance_event (id, budget_id, level, basis, threshold_percent, percent, actual,"
                + " projected, governed_amount, currency, evaluated_through, state, raised_at, raised_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (budget_id, level, basis) do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, e.id());
            ps.setObject(2, e.budgetId());
            ps.setString(3, e.level().name());
            ps.setString(4, e.basis());
            ps.setBigDecimal(5, e.thresholdPercent());
            ps.setBigDecimal(6, e.percent());
            ps.setBigDecimal(7, e.actual());
            ps.setBigDecimal(8, e.projected());
            ps.setBigDecimal(9, e.governedAmount());
            ps.setString(10, e.currency());
            ps.setObject(11, e.evaluatedThrough());
            ps.setString(12, e.state().name());
            Jdbc.setInstant(ps, 13, e.raisedAt());
            ps.setString(14, e.raisedBy());
            return ps.executeUpdate() == 1;
        } catch (SQLException ex) {
            throw failure("raise a governance event", ex);
        }
    }

    /** @return false when the corridor was left before in that month (the partial unique index decides) */
    boolean insertCorridorIfAbsent(GovernanceEvent e) {
        GovernanceEvent.CorridorCrossing k = e.corridor();
        String sql = "insert into governance_event (id, basis, threshold_percent, percent, actual, currency,"
                + " evaluated_through, state, raised_at, raised_by, corridor_business_unit, corridor_metric,"
                + " corridor_month, corridor_status, metric_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (corridor_business_unit, corridor_metric, corridor_month) where budget_id is null"
                + " do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, e.id());
            ps.setString(2, e.basis());
            ps.setBigDecimal(3, e.thresholdPercent());
            ps.setBigDecimal(4, e.percent());
            ps.setBigDecimal(5, e.actual());
            ps.setString(6, e.currency());
            ps.setObject(7, e.evaluatedThrough());
            ps.setString(8, e.state().name());
            Jdbc.setInstant(ps, 9, e.raisedAt());
            ps.setString(10, e.raisedBy());
            ps.setString(11, k.businessUnit());
            ps.setString(12, k.metric());
            ps.setString(13, k.month());
            ps.setString(14, k.status());
            ps.setBigDecimal(15, k.metricValue());
            return ps.executeUpdate() == 1;
        } catch (SQLException ex) {
            throw failure("raise a corridor event", ex);
        }
    }

    /** Moves the event only if it is still in {@code from}: two concurrent decisions cannot both win. */
    boolean transition(UUID id, EventState from, EventState to, Instant at, String by, String reason) {
        boolean acknowledging = to == EventState.ACKNOWLEDGED;
        String sql = acknowledging
                ? "update governance_event set state = ?, acknowledged_at = ?, acknowledged_by = ?,"
                + " acknowledge_reason = ? where id = ? and state = ?"
                : "update governance_event set state = ?, decided_at = ?, decided_by = ?, decision_reason = ?"
                + " where id = ? and state = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, to.name());
            Jdbc.setInstant(ps, 2, at);
            ps.setString(3, by);
            ps.setString(4, reason);
            ps.setObject(5, id);
            ps.setString(6, from.name());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("move governance event " + id, e);
        }
    }

    Optional<GovernanceEvent> findById(UUID id) {
        return list("where id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    List<GovernanceEvent> listOfBudget(UUID budgetId) {
        return list("where budget_id = ? order by raised_at, level", ps -> ps.setObject(1, budgetId));
    }

    List<GovernanceEvent> list(EventState state, String businessUnit, UUID budgetId, Optional<Set<String>> scope) {
        return list("where (cast(? as text) is null or state = ?) and (cast(? as uuid) is null or budget_id = ?)"
                + " and (cast(? as text) is null or budget_id in (select id from budget where business_unit = ?)"
                + " or corridor_business_unit = ?)"
                + " and " + Jdbc.inBusinessUnitScope("coalesce(corridor_business_unit,"
                + " (select b.business_unit from budget b where b.id = budget_id))")
                + " order by raised_at, level, basis", ps -> {
            String s = state == null ? null : state.name();
            ps.setString(1, s);
            ps.setString(2, s);
            ps.setObject(3, budgetId);
            ps.setObject(4, budgetId);
            ps.setString(5, businessUnit);
            ps.setString(6, businessUnit);
            ps.setString(7, businessUnit);
            Jdbc.setBusinessUnitScope(ps, 8, scope);
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<GovernanceEvent> list(String where, Binder binder) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select * from governance_event " + where)) {
            binder.bind(ps);
            List<GovernanceEvent> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new GovernanceEvent(rs.getObject("id", UUID.class),
                            rs.getObject("budget_id", UUID.class),
                            rs.getString("level") == null ? null : TriggerLevel.valueOf(rs.getString("level")),
                            rs.getString("basis"), rs.getBigDecimal("threshold_percent"),
                            rs.getBigDecimal("percent"), rs.getBigDecimal("actual"), rs.getBigDecimal("projected"),
                            rs.getBigDecimal("governed_amount"), rs.getString("currency").trim(),
                            Jdbc.getDate(rs, "evaluated_through"), EventState.valueOf(rs.getString("state")),
                            Jdbc.getInstant(rs, "raised_at"), rs.getString("raised_by"),
                            Jdbc.getInstant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                            rs.getString("acknowledge_reason"), Jdbc.getInstant(rs, "decided_at"),
                            rs.getString("decided_by"), rs.getString("decision_reason"),
                            rs.getString("corridor_business_unit") == null ? null : new GovernanceEvent.CorridorCrossing(
                                    rs.getString("corridor_business_unit"), rs.getString("corridor_metric"),
                                    rs.getString("corridor_month"), rs.getString("corridor_status"),
                                    rs.getBigDecimal("metric_value"))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read governance events", e);
        }
    }
}
