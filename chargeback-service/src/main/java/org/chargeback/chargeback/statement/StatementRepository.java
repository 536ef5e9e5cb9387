package org.chargeback.chargeback.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Statements, their lines, line sources and usage, plain JDBC. Joins the caller's transaction. */
@ApplicationScoped
class StatementRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> REVISIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> DIMENSIONS = new TypeReference<>() {
    };

    private static final String COLUMNS = "id, run_id, month, business_unit, business_unit_name, cost_center, version,"
            + " status, currency, showback_total, manual_total, chargeback_total, unallocated_total, created_at,"
            + " issued_at, invoice_number, content_hash, supersedes_id, superseded_by_id, scope_revisions, voided_at,"
            + " voided_by, void_reason, credit_note_number";

    private static final String LINE_COLUMNS = "line_number, kind, description, unrounded_amount, amount, source,"
            + " budget_category, workload_category, use_case, service_category, service_name, effective_cost,"
            + " effective_amount, rule_code, rule_version, reference, product, unit, quantity, unit_price,"
            + " price_version_id, tier_lines, adjusts_statement_id, adjusts_month, cause, waived_at, waived_by,"
            + " waiver_reason";

    private final DataSource dataSource;

    StatementRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Serializes the runs, issues and voids of one month until the transaction ends, so a run never rebuilds a
     * draft for a business unit whose statement is being issued at the same moment.
     */
    void lockMonth(YearMonth month) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, "statement-month:" + month);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw failure("lock month " + month, e);
        }
    }

    int deleteDraftsOf(YearMonth month) {
        // Line sources first: they carry no foreign key (see the migration that dropped it), so no cascade.
        try (Connection c = dataSource.getConnection();
             PreparedStatement sources = c.prepareStatement("delete from statement_line_source where statement_id in"
                     + " (select id from statement where month = ? and status = 'DRAFT')");
             PreparedStatement ps = c.prepareStatement("delete from statement where month = ? and status = 'DRAFT'")) {
            sources.setString(1, month.toString());
            sources.executeUpdate();
            ps.setString(1, month.toString());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete the drafts of " + month, e);
        }
    }

    /** Highest version number of the business unit's statements of the month (0 when none). */
    int lastVersion(YearMonth month, String businessUnit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select coalesce(max(version), 0) from statement where month = ? and business_unit = ?")) {
            ps.setString(1, month.toString());
            ps.setString(2, businessUnit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("read statement versions", e);
        }
    }

    void insert(Statement statement) {
        String sql = "insert into statement (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)";
        String lineSql = "insert into statement_line (statement_id, " + LINE_COLUMNS + ") values (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)";
        String usageSql = "insert into statement_usage (statement_id, use_case, product, quantity, event_count,"
                + " tokens_in, tokens_out, token_event_count, token_quantity) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lines = c.prepareStatement(lineSql);
             PreparedStatement usageRows = c.prepareStatement(usageSql)) {
            int i = 1;
            ps.setObject(i++, statement.id());
            ps.setObject(i++, statement.runId());
            ps.setString(i++, statement.month().toString());
            ps.setString(i++, statement.businessUnit());
            ps.setString(i++, statement.businessUnitName());
            ps.setString(i++, statement.costCenter());
            ps.setInt(i++, statement.version());
            ps.setString(i++, statement.status().name());
            ps.setString(i++, statement.currency().getCurrencyCode());
            Jdbc.setMoney(ps, i++, statement.totals().showback());
            Jdbc.setMoney(ps, i++, statement.totals().manual());
            Jdbc.setMoney(ps, i++, statement.totals().chargeback());
            Jdbc.setMoney(ps, i++, statement.totals().unallocated());
            Jdbc.setInstant(ps, i++, statement.createdAt());
            Jdbc.setInstant(ps, i++, statement.issuedAt());
            ps.setString(i++, statement.invoiceNumber());
            ps.setString(i++, statement.contentHash());
            ps.setObject(i++, statement.supersedesId());
            ps.setObject(i++, statement.supersededById());
            ps.setString(i++, json(statement.scopeRevisions()));
            Statement.Voiding v = statement.voiding();
            Jdbc.setInstant(ps, i++, v == null ? null : v.voidedAt());
            ps.setString(i++, v == null ? null : v.voidedBy());
            ps.setString(i++, v == null ? null : v.reason());
            ps.setString(i, v == null ? null : v.creditNoteNumber());
            ps.executeUpdate();
            for (StatementLine line : statement.lines()) {
                bindLine(lines, statement.id(), line);
                lines.addBatch();
            }
            lines.executeBatch();
            for (UsageRow usage : statement.usage()) {
                usageRows.setObject(1, statement.id());
                usageRows.setString(2, usage.useCase());
                usageRows.setString(3, usage.product());
                usageRows.setBigDecimal(4, usage.quantity());
                usageRows.setLong(5, usage.eventCount());
                usageRows.setBigDecimal(6, usage.tokensIn());
                usageRows.setBigDecimal(7, usage.tokensOut());
                usageRows.setLong(8, usage.tokenEventCount());
                usageRows.setBigDecimal(9, usage.tokenQuantity());
                usageRows.addBatch();
            }
            usageRows.executeBatch();
        } catch (SQLException e) {
            throw failure("store statement " + statement.id(), e);
        }
    }

    /**
     * Stores the cost groups behind each provider line of many statements with one COPY: rows of (statement, line,
     * the run's group number, the share of it the line received).
     */
    void insertSources(UUID runId, Map<UUID, Map<Integer, List<LineCostSource>>> sourcesByStatement,
                       Map<org.chargeback.chargeback.allocation.CostGroup, Integer> groupNumbers) {
        StringBuilder csv = new StringBuilder();
        sourcesByStatement.forEach((statementId, byLine) -> byLine.forEach((lineNumber, sources) -> {
            int seq = 0;
            for (LineCostSource source : sources) {
                csv.append(statementId).append(',').append(lineNumber).append(',').append(++seq).append(',')
                        .append(runId).append(',').append(groupNumbers.get(source.group())).append(',')
                        .append(source.billedCost().toPlainString()).append(',')
                        .append(source.effectiveCost().toPlainString()).append('\n');
            }
        }));
        try (Connection c = dataSource.getConnection()) {
            Jdbc.copyCsv(c, "statement_line_source (statement_id, line_number, seq, run_id, group_number,"
                    + " billed_cost, effective_cost)", csv);
        } catch (SQLException e) {
            throw failure("store the line sources of run " + runId, e);
        }
    }

    private static void bindLine(PreparedStatement ps, UUID statementId, StatementLine line) throws SQLException {
        StatementLine.Cost cost = line.cost();
        StatementLine.Charge charge = line.charge();
        StatementLine.Adjustment adj = line.adjustment();
        StatementLine.Waiver waiver = line.waiver();
        int i = 1;
        ps.setObject(i++, statementId);
        ps.setInt(i++, line.lineNumber());
        ps.setString(i++, line.kind().name());
        ps.setString(i++, line.description());
        ps.setBigDecimal(i++, line.unroundedAmount());
        Jdbc.setMoney(ps, i++, line.amount());
        ps.setString(i++, cost == null ? null : cost.source().name());
        ps.setString(i++, cost == null || cost.budgetCategory() == null ? null : cost.budgetCategory().name());
        ps.setString(i++, cost == null || cost.workloadCategory() == null ? null : cost.workloadCategory().name());
        ps.setString(i++, cost == null ? null : cost.useCase());
        ps.setString(i++, cost == null ? null : cost.serviceCategory());
        ps.setString(i++, cost == null ? null : cost.serviceName());
        ps.setBigDecimal(i++, cost == null ? null : cost.effectiveCost());
        Jdbc.setMoney(ps, i++, cost == null ? null : cost.effectiveAmount());
        ps.setString(i++, cost == null ? null : cost.ruleCode());
        if (cost == null || cost.ruleVersion() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, cost.ruleVersion());
        }
        ps.setString(i++, cost == null ? null : cost.reference());
        String product = charge != null ? charge.product() : adj != null ? adj.product() : null;
        ps.setString(i++, product);
        ps.setString(i++, charge == null ? null : charge.unit());
        ps.setBigDecimal(i++, charge == null ? null : charge.quantity());
        ps.setBigDecimal(i++, charge == null ? null : charge.unitPrice());
        ps.setString(i++, charge == null ? null : charge.priceVersionId());
        ps.setString(i++, charge == null ? null : charge.tierLines());
        ps.setObject(i++, adj == null ? null : adj.originalStatementId());
        ps.setString(i++, adj == null ? null : adj.originalMonth());
        ps.setString(i++, adj == null ? null : adj.cause());
        Jdbc.setInstant(ps, i++, waiver == null ? null : waiver.waivedAt());
        ps.setString(i++, waiver == null ? null : waiver.waivedBy());
        ps.setString(i, waiver == null ? null : waiver.reason());
    }

    Optional<YearMonth> findMonthOf(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select month from statement where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Jdbc.getMonth(rs, "month")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read statement " + id, e);
        }
    }

    /** The statement with its lines and usage; {@code forUpdate} locks its row until the transaction ends. */
    Optional<Statement> findById(UUID id, boolean forUpdate) {
        String sql = "select " + COLUMNS + " from statement where id = ?" + (forUpdate ? " for update" : "");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            Statement statement;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                statement = statement(rs);
            }
            return Optional.of(statement.withDetails(linesOf(c, statement), usageOf(c, statement.id())));
        } catch (SQLException e) {
            throw failure("read statement " + id, e);
        }
    }

    /**
     * Statements without lines, by month, business unit, version; null filters match everything. {@code current}
     * keeps only the statement that stands for each month and business unit: the draft, else the latest
     * non-voided version.
     */
    List<Statement> list(YearMonth month, String businessUnit, boolean current) {
        String where = " where (cast(? as text) is null or month = ?) and (cast(? as text) is null or business_unit = ?)";
        String sql = current
                ? "select distinct on (month, business_unit) " + COLUMNS + " from statement" + where
                + " and status <> 'VOIDED' order by month, business_unit, version desc"
                : "select " + COLUMNS + " from statement" + where + " order by month, business_unit, version";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            String monthText = month == null ? null : month.toString();
            ps.setString(1, monthText);
            ps.setString(2, monthText);
            ps.setString(3, businessUnit);
            ps.setString(4, businessUnit);
            List<Statement> statements = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add(statement(rs));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw failure("list statements", e);
        }
    }

    /** Every issued (not voided) statement of months before {@code month}, oldest first, without lines. */
    List<Statement> issuedBefore(YearMonth month) {
        String sql = "select " + COLUMNS + " from statement where status = 'ISSUED' and superseded_by_id is null"
                + " and month < ? order by month, business_unit";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            List<Statement> statements = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add(statement(rs));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw failure("list issued statements", e);
        }
    }

    /**
     * Sum per product of the ADJUSTMENT lines on issued statements that correct the business unit's statement of
     * {@code month} (any of its versions that is not voided): what has already been billed on top of it.
     */
    Map<String, BigDecimal> carriedAdjustments(YearMonth month, String businessUnit) {
        String sql = "select l.product, sum(l.amount) from statement_line l join statement s on s.id = l.statement_id"
                + " where l.kind = 'ADJUSTMENT' and s.status = 'ISSUED' and l.adjusts_statement_id in ("
                + " select o.id from statement o where o.month = ? and o.business_unit = ? and o.status = 'ISSUED')"
                + " group by l.product";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            ps.setString(2, businessUnit);
            Map<String, BigDecimal> sums = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
            return sums;
        } catch (SQLException e) {
            throw failure("sum carried adjustments", e);
        }
    }

    /** Records every change found in an issued month, carried or not (history: insert only). */
    void insertAdjustments(UUID runId, List<Object[]> rows) {
        String sql = "insert into statement_adjustment (id, run_id, original_statement_id, business_unit, month,"
                + " product, delta, cause, carried, carried_on_statement_id, detected_at) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, runId);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Instant instant) {
                        Jdbc.setInstant(ps, i + 3, instant);
                    } else {
                        ps.setObject(i + 3, row[i]);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure("record adjustments of run " + runId, e);
        }
    }

    /** Provider EffectiveCost of the given statements: the sum of their rounded provider lines. */
    BigDecimal providerEffectiveTotal(List<UUID> statementIds) {
        String sql = "select coalesce(sum(effective_amount), 0) from statement_line where statement_id = any(?)"
                + " and source = 'PROVIDER'";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", statementIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw failure("sum effective cost", e);
        }
    }

    void markIssued(UUID id, Instant issuedAt, String invoiceNumber, String contentHash) {
        String sql = "update statement set status = 'ISSUED', issued_at = ?, invoice_number = ?, content_hash = ?"
                + " where id = ? and status = 'DRAFT'";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, issuedAt);
            ps.setString(2, invoiceNumber);
            ps.setString(3, contentHash);
            ps.setObject(4, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Statement " + id + " was not a draft any more when issued");
            }
        } catch (SQLException e) {
            throw failure("issue statement " + id, e);
        }
    }

    void markVoided(UUID id, Statement.Voiding voiding) {
        String sql = "update statement set status = 'VOIDED', voided_at = ?, voided_by = ?, void_reason = ?,"
                + " credit_note_number = ? where id = ? and status = 'ISSUED'";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, voiding.voidedAt());
            ps.setString(2, voiding.voidedBy());
            ps.setString(3, voiding.reason());
            ps.setString(4, voiding.creditNoteNumber());
            ps.setObject(5, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Statement " + id + " was not issued any more when voided");
            }
        } catch (SQLException e) {
            throw failure("void statement " + id, e);
        }
    }

    /** Links an issued statement to the version that restates its showback (not part of its content hash). */
    void markSuperseded(UUID id, UUID supersededBy) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update statement set superseded_by_id = ? where id = ?")) {
            ps.setObject(1, supersededBy);
            ps.setObject(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("supersede statement " + id, e);
        }
    }

    void waive(UUID id, int lineNumber, StatementLine.Waiver waiver) {
        String sql = "update statement_line set waived_at = ?, waived_by = ?, waiver_reason = ?"
                + " where statement_id = ? and line_number = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, waiver.waivedAt());
            ps.setString(2, waiver.waivedBy());
            ps.setString(3, waiver.reason());
            ps.setObject(4, id);
            ps.setInt(5, lineNumber);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("waive line " + lineNumber + " of statement " + id, e);
        }
    }

    /** The cost groups behind a provider line, largest share first. */
    List<LineCostSource> sourcesOf(UUID id, int lineNumber) {
        // Sources written before the run's groups were stored once carry their dimensions inline.
        String sql = "select coalesce(g.dimensions, s.dimensions) as dimensions, s.billed_cost, s.effective_cost,"
                + " coalesce(g.billed_cost, s.group_billed_cost) as group_billed_cost,"
                + " coalesce(g.effective_cost, s.effective_cost) as group_effective_cost,"
                + " coalesce(g.row_count, s.row_count, 0) as row_count"
                + " from statement_line_source s left join statement_run_cost_group g"
                + " on g.run_id = s.run_id and g.group_number = s.group_number"
                + " where s.statement_id = ? and s.line_number = ? order by abs(s.billed_cost) desc, s.seq";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.setInt(2, lineNumber);
            List<LineCostSource> sources = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    org.chargeback.chargeback.allocation.CostGroup group = new org.chargeback.chargeback.allocation
                            .CostGroup(JSON.readValue(rs.getString("dimensions"), DIMENSIONS),
                            rs.getBigDecimal("group_billed_cost"), rs.getBigDecimal("group_effective_cost"),
                            rs.getLong("row_count"));
                    sources.add(new LineCostSource(group, rs.getBigDecimal("billed_cost"),
                            rs.getBigDecimal("effective_cost")));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw failure("read the sources of line " + lineNumber + " of statement " + id, e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored dimensions of statement " + id, e);
        }
    }

    private static List<StatementLine> linesOf(Connection c, Statement statement) throws SQLException {
        String sql = "select " + LINE_COLUMNS + " from statement_line where statement_id = ? order by line_number";
        Currency currency = statement.currency();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, statement.id());
            List<StatementLine> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(line(rs, currency));
                }
            }
            return lines;
        }
    }

    private static StatementLine line(ResultSet rs, Currency currency) throws SQLException {
        LineKind kind = LineKind.valueOf(rs.getString("kind"));
        StatementLine.Cost cost = null;
        if (rs.getString("source") != null) {
            String budget = rs.getString("budget_category");
            String workload = rs.getString("workload_category");
            int ruleVersion = rs.getInt("rule_version");
            cost = new StatementLine.Cost(LineSource.valueOf(rs.getString("source")),
                    budget == null ? null : BudgetCategory.valueOf(budget),
                    workload == null ? null : WorkloadCategory.valueOf(workload), rs.getString("use_case"),
                    rs.getString("service_category"), rs.getString("service_name"),
                    rs.getBigDecimal("effective_cost"), Jdbc.getMoney(rs, "effective_amount", currency),
                    rs.getString("rule_code"), rs.wasNull() ? null : ruleVersion, rs.getString("reference"));
        }
        StatementLine.Charge charge = null;
        if (kind == LineKind.CHARGEBACK || kind == LineKind.UNRATED) {
            charge = new StatementLine.Charge(rs.getString("product"), rs.getString("unit"),
                    rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), rs.getString("price_version_id"),
                    rs.getString("tier_lines"));
        }
        StatementLine.Adjustment adjustment = null;
        if (kind == LineKind.ADJUSTMENT) {
            adjustment = new StatementLine.Adjustment(rs.getObject("adjusts_statement_id", UUID.class),
                    rs.getString("adjusts_month"), rs.getString("product"), rs.getString("cause"));
        }
        StatementLine.Waiver waiver = null;
        if (rs.getString("waiver_reason") != null) {
            waiver = new StatementLine.Waiver(Jdbc.getInstant(rs, "waived_at"), rs.getString("waived_by"),
                    rs.getString("waiver_reason"));
        }
        return new StatementLine(rs.getInt("line_number"), kind, rs.getString("description"),
                rs.getBigDecimal("unrounded_amount"), Jdbc.getMoney(rs, "amount", currency), cost, charge, adjustment,
                waiver);
    }

    private static List<UsageRow> usageOf(Connection c, UUID statementId) throws SQLException {
        String sql = "select use_case, product, quantity, event_count, tokens_in, tokens_out, token_event_count,"
                + " token_quantity from statement_usage where statement_id = ? order by use_case, product";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, statementId);
            List<UsageRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new UsageRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8)));
                }
            }
            return rows;
        }
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        Currency currency = Jdbc.getCurrency(rs, "currency");
        StatementPlan.Totals totals = new StatementPlan.Totals(Jdbc.getMoney(rs, "showback_total", currency),
                Jdbc.getMoney(rs, "manual_total", currency), Jdbc.getMoney(rs, "chargeback_total", currency),
                Jdbc.getMoney(rs, "unallocated_total", currency));
        Instant voidedAt = Jdbc.getInstant(rs, "voided_at");
        Statement.Voiding voiding = voidedAt == null ? null : new Statement.Voiding(voidedAt,
                rs.getString("voided_by"), rs.getString("void_reason"), rs.getString("credit_note_number"));
        Map<String, Long> revisions;
        try {
            revisions = JSON.readValue(rs.getString("scope_revisions"), REVISIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable scope revisions", e);
        }
        return new Statement(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                Jdbc.getMonth(rs, "month"), rs.getString("business_unit"), rs.getString("business_unit_name"),
                rs.getString("cost_center"), rs.getInt("version"), StatementStatus.valueOf(rs.getString("status")),
                currency, totals, Jdbc.getInstant(rs, "created_at"), Jdbc.getInstant(rs, "issued_at"),
                rs.getString("invoice_number"), rs.getString("content_hash"), rs.getObject("supersedes_id", UUID.class),
                rs.getObject("superseded_by_id", UUID.class), voiding, revisions, List.of(), List.of());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? Map.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

}
