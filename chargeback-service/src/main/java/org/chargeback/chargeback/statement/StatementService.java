package org.chargeback.chargeback.statement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.chargeback.invoice.CreditNote;
import org.chargeback.chargeback.invoice.CreditNoteService;
import org.chargeback.chargeback.invoice.Invoice;
import org.chargeback.chargeback.invoice.InvoiceService;
import org.chargeback.chargeback.invoice.NewInvoice;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.chargeback.upstream.UpstreamService;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Statements: storing a run's drafts, reading, issuing (which creates the invoice), waiving, voiding. */
@ApplicationScoped
@Transactional
public class StatementService {

    private final StatementRepository statements;
    private final StatementRunRepository runs;
    private final InvoiceService invoices;
    private final CreditNoteService creditNotes;
    private final UpstreamService upstream;
    private final BusinessUnitService businessUnits;
    private final Clock clock;
    private final BigDecimal varianceThreshold;

    // Issue 8 (budgets and governance): run-finished event and issue guards, observed/implemented in governance.
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<StatementsBuilt> statementsBuilt;
    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<StatementIssueGuard> issueGuards;

    StatementService(StatementRepository statements, StatementRunRepository runs, InvoiceService invoices,
                     CreditNoteService creditNotes, UpstreamService upstream, BusinessUnitService businessUnits,
                     Clock clock, org.chargeback.chargeback.shared.ChargebackConfig config) {
        this.varianceThreshold = config.varianceThresholdPercent();
        this.statements = statements;
        this.runs = runs;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.upstream = upstream;
        this.businessUnits = businessUnits;
        this.clock = clock;
    }

    /**
     * Stores a statement run in one transaction. The month's DRAFT statements are deleted and rebuilt from the plan.
     * An ISSUED statement is never changed: when the run's showback for its business unit differs from it, a new
     * version restates the showback (its chargeback and adjustment lines copied unchanged: issued chargeback changes
     * only through adjustment lines on a later draft); otherwise it is kept as it is. After a VOIDED one the business
     * unit gets a new draft. The reconciliation counts every statement of the month as it now stands.
     *
     * @return the id of the stored run
     */
    public UUID storeRun(StatementPlan plan, Map<String, Long> scopeRevisions,
                         List<StatementRunService.DetectedAdjustment> detected) {
        YearMonth month = plan.month();
        long started = System.nanoTime();
        statements.lockMonth(month);
        Map<String, Statement> standing = statements.list(month, null, true).stream()
                .filter(s -> s.status().isIssued())
                .collect(Collectors.toMap(Statement::businessUnit, Function.identity()));
        int replaced = statements.deleteDraftsOf(month);
        long deleted = System.nanoTime();

        UUID runId = UUID.randomUUID();
        Instant now = now();
        Map<String, BusinessUnit> registered = businessUnits.registeredByCode();
        int drafts = 0;
        int restated = 0;
        Map<String, UUID> draftIds = new HashMap<>();
        runs.insert(new StatementRun(runId, month, plan.currency(), now, null, plan.unallocatedCosts(), List.of()),
                plan.costTotal(), plan.effectiveCostTotal());
        Map<org.chargeback.chargeback.allocation.CostGroup, Integer> groupNumbers =
                runs.insertCostGroups(runId, plan.costGroups());
        Map<UUID, Map<Integer, List<LineCostSource>>> sources = new HashMap<>();
        for (StatementPlan.Draft draft : plan.drafts()) {
            BusinessUnit unit = registered.get(draft.businessUnit());
            String name = unit == null ? null : unit.name();
            String costCenter = unit == null ? null : unit.costCenter();
            Statement issued = standing.get(draft.businessUnit());
            if (issued == null) {
                UUID id = UUID.randomUUID();
                int version = statements.lastVersion(month, draft.businessUnit()) + 1;
                statements.insert(new Statement(id, runId, month, draft.businessUnit(), name, costCenter, version,
                        StatementStatus.DRAFT, plan.currency(), draft.totals(), now, null, null, null, null, null,
                        null, scopeRevisions, draft.lines(), draft.usage()));
                sources.put(id, draft.sources());
                draftIds.put(draft.businessUnit(), id);
                drafts++;
            } else if (restateShowback(issued, draft, runId, now, scopeRevisions, sources)) {
                restated++;
            }
        }
        long inserted = System.nanoTime();
        statements.insertSources(runId, sources, groupNumbers);
        long sourced = System.nanoTime();

        List<Object[]> adjustmentRows = new ArrayList<>();
        for (StatementRunService.DetectedAdjustment d : detected) {
            StatementPlanner.CarriedAdjustment a = d.adjustment();
            UUID carriedOn = d.carried() ? draftIds.get(a.businessUnit()) : null;
            adjustmentRows.add(new Object[]{a.originalStatementId(), a.businessUnit(), a.originalMonth().toString(),
                    a.product(), a.delta(), a.cause(), carriedOn != null, carriedOn, now});
        }
        statements.insertAdjustments(runId, adjustmentRows);

        Reconciliation reconciliation = reconcile(month, plan.costTotal(), plan.effectiveCostTotal(),
                plan.currency());
        runs.updateReconciliation(runId, reconciliation);
        Log.infof("Statement run %s for %s: %d drafts (%d replaced), %d issued restated, %d adjustments found,"
                        + " cost %s, allocated %s, unallocated %s, balanced %s; drafts deleted in %d ms, statements"
                        + " and cost groups written in %d ms, line sources in %d ms, reconciled in %d ms", runId, month,
                drafts, replaced, restated, detected.size(), reconciliation.costTotal().toPlainString(),
                reconciliation.allocatedTotal(), reconciliation.unallocatedTotal(), reconciliation.reconciled(),
                (deleted - started) / 1_000_000, (inserted - deleted) / 1_000_000, (sourced - inserted) / 1_000_000,
                (System.nanoTime() - sourced) / 1_000_000);
        statementsBuilt.fire(new StatementsBuilt(runId, month)); // budgets and governance act after the commit
        return runId;
    }

    /**
     * Restates an issued statement's showback as a new version when it changed; chargeback, unrated and adjustment
     * lines are copied unchanged. The issued version stays as it was (only the link to its successor is added).
     */
    private boolean restateShowback(Statement issuedSummary, StatementPlan.Draft draft, UUID runId, Instant now,
                                    Map<String, Long> scopeRevisions,
                                    Map<UUID, Map<Integer, List<LineCostSource>>> sources) {
        Statement issued = statements.findById(issuedSummary.id(), false).orElseThrow();
        List<StatementLine> newCost = draft.lines().stream().filter(StatementService::isCostLine).toList();
        List<StatementLine> oldCost = issued.lines().stream().filter(StatementService::isCostLine).toList();
        if (sameCostLines(oldCost, newCost)) {
            return false;
        }
        List<StatementLine> lines = new ArrayList<>(newCost);
        for (StatementLine line : issued.lines()) {
            if (!isCostLine(line)) {
                lines.add(line.numbered(lines.size() + 1));
            }
        }
        StatementPlan.Totals totals = StatementPlanner.totals(lines, issued.currency());
        UUID id = UUID.randomUUID();
        Statement restatement = new Statement(id, runId, issued.month(), issued.businessUnit(),
                issued.businessUnitName(), issued.costCenter(), issued.version() + 1, StatementStatus.ISSUED,
                issued.currency(), totals, now, issued.issuedAt(), issued.invoiceNumber(), null, issued.id(), null,
                null, scopeRevisions, lines, draft.usage()).withContentHash();
        statements.insert(restatement);
        // The cost lines come first in a draft, so the draft's line numbers are the restatement's too.
        sources.put(id, draft.sources());
        statements.markSuperseded(issued.id(), id);
        Log.infof("Restated the showback of issued statement %s (%s, %s) as version %d: %s -> %s", issued.id(),
                issued.businessUnit(), issued.month(), restatement.version(), issued.showbackTotal(),
                totals.showback());
        return true;
    }

    private static boolean isCostLine(StatementLine line) {
        return line.kind() == LineKind.SHOWBACK || line.kind() == LineKind.UNALLOCATED;
    }

    private static boolean sameCostLines(List<StatementLine> a, List<StatementLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).description().equals(b.get(i).description())
                    || !StatementPlanner.sameAmount(a.get(i).amount(), b.get(i).amount())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Does the month add up, as its statements now stand? Provider BilledCost (and EffectiveCost) = the provider
     * showback of every standing statement + the unallocated lines, to the cent.
     */
    @Transactional(SUPPORTS)
    public Reconciliation reconcile(YearMonth month, BigDecimal costTotal, BigDecimal effectiveCostTotal,
                             java.util.Currency currency) {
        List<Statement> current = statements.list(month, null, true);
        Money allocated = current.stream().map(Statement::providerShowback).reduce(Money.zero(currency), Money::plus);
        Money unallocated = current.stream().map(s -> s.totals().unallocated())
                .reduce(Money.zero(currency), Money::plus);
        BigDecimal effective = statements.providerEffectiveTotal(current.stream().map(Statement::id).toList());
        return Reconciliation.of(costTotal, allocated, unallocated, effectiveCostTotal, new Money(effective, currency));
    }

    /** The statement with its lines, or 404. */
    @Transactional(SUPPORTS)
    public Statement findStatement(UUID id) {
        return statements.findById(id, false).orElseThrow(() -> notFound(id));
    }

    /** The statement with its breakdowns, recovery, unit economics and variance against the previous month. */
    @Transactional(SUPPORTS)
    public StatementDetails describe(Statement statement) {
        Map<String, StatementInsights.UseCaseValue> useCases = new HashMap<>();
        if (businessUnits.registeredByCode().containsKey(statement.businessUnit())) {
            businessUnits.listUseCases(statement.businessUnit()).forEach(u -> useCases.put(u.code(),
                    new StatementInsights.UseCaseValue(u.product(), u.valuePerUnit(), u.valueCurrency())));
        }
        Statement previous = statements.list(statement.month().minusMonths(1), statement.businessUnit(), true)
                .stream().findFirst().orElse(null);
        return new StatementDetails(statement, StatementInsights.showback(statement),
                StatementInsights.recovery(statement, useCases), StatementInsights.unitEconomics(statement, useCases),
                StatementInsights.variance(statement, previous, varianceThreshold));
    }

    /** The statements standing for each month and business unit (no voided or superseded ones), no lines. */
    @Transactional(SUPPORTS)
    public List<Statement> listStatements(YearMonth month, String businessUnit) {
        return statements.list(month, businessUnit, true);
    }

    /** Every statement including voided and superseded versions, no lines. */
    @Transactional(SUPPORTS)
    public List<Statement> listAllVersions(YearMonth month, String businessUnit) {
        return statements.list(month, businessUnit, false);
    }

    /**
     * What a line was computed from: the cost groups behind a provider line, or the first page of usage events
     * behind a chargeback or unrated line (read from ingestion-service), with the versions in force.
     */
    @Transactional(SUPPORTS)
    public org.chargeback.chargeback.statement.dto.LineSourcesView sourcesOf(UUID id, int lineNumber) {
        Statement statement = findStatement(id);
        StatementLine line = statement.lines().stream().filter(l -> l.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Line", id + "/" + lineNumber));
        List<org.chargeback.chargeback.statement.dto.LineSourcesView.CostGroupView> groups = statements
                .sourcesOf(id, lineNumber).stream()
                .map(g -> new org.chargeback.chargeback.statement.dto.LineSourcesView.CostGroupView(
                        g.group().dimensions(), g.billedCost(), g.effectiveCost(), g.group().billedCost(),
                        g.group().rowCount()))
                .toList();
        List<Map<String, Object>> events = List.of();
        String nextCursor = null;
        List<String> drillDown = new ArrayList<>();
        if (line.charge() != null) {
            Map<String, Object> page = upstream.fetchUsageEvents(statement.month(), statement.businessUnit(),
                    line.charge().product(), 100);
            Object listed = page.get("events");
            if (listed instanceof List<?> list) {
                List<Map<String, Object>> typed = new ArrayList<>();
                for (Object event : list) {
                    if (event instanceof Map<?, ?> map) {
                        Map<String, Object> copy = new java.util.LinkedHashMap<>();
                        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                        typed.add(copy);
                    }
                }
                events = typed;
            }
            nextCursor = page.get("nextCursor") == null ? null : String.valueOf(page.get("nextCursor"));
            drillDown.add("GET /v1/usage-events?month=" + statement.month() + "&businessUnit="
                    + queryValue(statement.businessUnit()) + "&product=" + queryValue(line.charge().product()));
        }
        for (var group : groups) {
            StringBuilder filter = new StringBuilder("GET /v1/costs/summary?billingPeriod=" + statement.month()
                    + "&groupBy=skuId,chargeCategory");
            // Ready to send: dimension values (service names, tags) contain spaces and '&'.
            group.dimensions().forEach((k, v) -> filter.append("&filter=")
                    .append(queryValue(k + "=" + (v == null ? "" : v))));
            drillDown.add(filter.toString());
            if (drillDown.size() >= 20) {
                break;
            }
        }
        StatementLine.Cost cost = line.cost();
        return new org.chargeback.chargeback.statement.dto.LineSourcesView(id, lineNumber, line.kind().name(),
                statement.month().toString(), cost == null ? null : cost.ruleCode(),
                cost == null ? null : cost.ruleVersion(), line.charge() == null ? null : line.charge().priceVersionId(),
                statement.scopeRevisions(), groups, events, nextCursor, drillDown);
    }

    private static String queryValue(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The statement against the version it restates, line by line; 409 for a first version. */
    @Transactional(SUPPORTS)
    public org.chargeback.chargeback.statement.dto.StatementDiffView diff(UUID id) {
        Statement after = findStatement(id);
        if (after.supersedesId() == null) {
            throw new ProblemException(409, "no-previous-version", "No previous version",
                    "Statement " + id + " is version " + after.version() + " and restates no other statement");
        }
        Statement before = findStatement(after.supersedesId());
        Map<String, Money> was = new java.util.LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (StatementLine l : before.lines()) {
            was.merge(l.description(), l.amount() == null ? Money.zero(before.currency()) : l.amount(), Money::plus);
            kinds.put(l.description(), l.kind().name());
        }
        Map<String, Money> now = new java.util.LinkedHashMap<>();
        for (StatementLine l : after.lines()) {
            now.merge(l.description(), l.amount() == null ? Money.zero(after.currency()) : l.amount(), Money::plus);
            kinds.put(l.description(), l.kind().name());
        }
        List<org.chargeback.chargeback.statement.dto.StatementDiffView.LineChange> changes = new ArrayList<>();
        for (Map.Entry<String, Money> e : now.entrySet()) {
            Money old = was.get(e.getKey());
            if (old == null) {
                changes.add(change("ADDED", kinds.get(e.getKey()), e.getKey(), null, e.getValue()));
            } else if (!old.isSameAs(e.getValue())) {
                changes.add(change("CHANGED", kinds.get(e.getKey()), e.getKey(), old, e.getValue()));
            }
        }
        for (Map.Entry<String, Money> e : was.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(change("REMOVED", kinds.get(e.getKey()), e.getKey(), e.getValue(), null));
            }
        }
        return new org.chargeback.chargeback.statement.dto.StatementDiffView(id, after.version(), before.id(),
                before.version(), before.showbackTotal().amount(), after.showbackTotal().amount(), changes);
    }

    private static org.chargeback.chargeback.statement.dto.StatementDiffView.LineChange change(
            String change, String kind, String description, Money before, Money after) {
        BigDecimal b = before == null ? BigDecimal.ZERO : before.amount();
        BigDecimal a = after == null ? BigDecimal.ZERO : after.amount();
        return new org.chargeback.chargeback.statement.dto.StatementDiffView.LineChange(change, kind, description,
                before == null ? null : b, after == null ? null : a, a.subtract(b));
    }

    /**
     * Issues a draft statement: status ISSUED, issuedAt = now, its content hash, and its invoice (chargeback and
     * adjustment lines, total = the chargeback total) created in the same transaction. Refused (409) while it has
     * UNRATED lines without a waiver: unpriced usage is never billed as $0 silently. pricing-service freezes the
     * month's prices and ingestion-service closes its usage first; if either fails (502) nothing is issued.
     */
    public Statement issueStatement(UUID id) {
        YearMonth month = statements.findMonthOf(id).orElseThrow(() -> notFound(id));
        Statement draft = statements.findById(id, false).orElseThrow(() -> notFound(id));
        requireDraft(draft, "issued");
        requireNoUnratedUsage(draft);
        issueGuards.forEach(guard -> guard.checkIssuable(draft)); // issue 8: e.g. an executive approval over 110 %
        upstream.freezePrices(month);
        upstream.closeUsageMonth(month);
        statements.lockMonth(month);
        // Re-read under the locks: a run may have replaced this draft, or another request issued it, meanwhile.
        Statement statement = statements.findById(id, true).orElseThrow(() -> notFound(id));
        requireDraft(statement, "issued");
        requireNoUnratedUsage(statement);
        Instant issuedAt = now();
        List<NewInvoice.Line> invoiceLines = statement.lines().stream()
                .filter(line -> line.kind().isInvoiced())
                .map(line -> new NewInvoice.Line(line.description(),
                        line.charge() == null ? null : line.charge().quantity(),
                        line.charge() == null ? null : line.charge().unitPrice(), line.amount()))
                .toList();
        Invoice invoice = invoices.createInvoice(new NewInvoice(statement.id(), statement.businessUnit(),
                statement.businessUnitName(), statement.costCenter(), statement.month(), statement.currency(),
                issuedAt, invoiceLines));
        if (!invoice.total().isSameAs(statement.chargebackTotal())) {
            throw new IllegalStateException("Invoice total " + invoice.total() + " differs from chargeback total "
                    + statement.chargebackTotal() + " of statement " + id);
        }
        statements.markIssued(id, issuedAt, invoice.number(), StatementHash.of(statement));
        Log.infof("Issued statement %s (%s, %s) as invoice %s, total %s", id, statement.businessUnit(),
                statement.month(), invoice.number(), invoice.total());
        return statements.findById(id, false).orElseThrow();
    }

    /** Accepts an UNRATED line of a draft without a price, with who and why: the draft can then be issued. */
    public Statement waiveUnratedLine(UUID id, int lineNumber, String reason, String waivedBy) {
        YearMonth month = statements.findMonthOf(id).orElseThrow(() -> notFound(id));
        statements.lockMonth(month);
        Statement statement = statements.findById(id, true).orElseThrow(() -> notFound(id));
        requireDraft(statement, "changed");
        StatementLine line = statement.lines().stream().filter(l -> l.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Line", id + "/" + lineNumber));
        if (line.kind() != LineKind.UNRATED) {
            throw new ProblemException(409, "not-unrated", "Only unrated lines can be waived",
                    "Line " + lineNumber + " of statement " + id + " is " + line.kind()
                            + "; a waiver accepts usage without a price").with("lineNumber", lineNumber);
        }
        statements.waive(id, lineNumber, new StatementLine.Waiver(now(), waivedBy, reason));
        Log.infof("Waived unrated line %d of statement %s (%s): %s", lineNumber, id, waivedBy, reason);
        return statements.findById(id, false).orElseThrow();
    }

    /**
     * Voids an issued statement with a reason: status VOIDED, and a credit note reversing its invoice, in one
     * transaction. The month's next run builds a new draft (the next version) for the business unit.
     */
    public Statement voidStatement(UUID id, String reason, String voidedBy) {
        YearMonth month = statements.findMonthOf(id).orElseThrow(() -> notFound(id));
        statements.lockMonth(month);
        Statement statement = statements.findById(id, true).orElseThrow(() -> notFound(id));
        if (statement.status() != StatementStatus.ISSUED || statement.supersededById() != null) {
            String why = statement.status() == StatementStatus.DRAFT ? "a draft (re-run the month instead)"
                    : statement.status() == StatementStatus.VOIDED ? "voided already"
                    : "superseded by version " + statement.supersededById() + " (void that one)";
            throw new ProblemException(409, "statement-not-voidable", "Statement cannot be voided",
                    "Statement " + id + " is " + why).with("status", statement.status().name());
        }
        Instant at = now();
        CreditNote note = creditNotes.creditInvoice(statement.invoiceNumber(), reason, at);
        statements.markVoided(id, new Statement.Voiding(at, voidedBy, reason, note.number()));
        Log.infof("Voided statement %s (%s, %s) by %s: %s; credit note %s", id, statement.businessUnit(), month,
                voidedBy, reason, note.number());
        return statements.findById(id, false).orElseThrow();
    }

    private static void requireDraft(Statement statement, String verb) {
        if (statement.status() != StatementStatus.DRAFT) {
            throw new ProblemException(409, "statement-already-issued", "Statement already issued",
                    "Statement " + statement.id() + " (" + statement.businessUnit() + ", " + statement.month()
                            + ") is " + statement.status() + " as invoice " + statement.invoiceNumber()
                            + " and cannot be " + verb)
                    .with("invoiceNumber", statement.invoiceNumber());
        }
    }

    private static void requireNoUnratedUsage(Statement statement) {
        List<Integer> open = statement.lines().stream()
                .filter(l -> l.kind() == LineKind.UNRATED && l.waiver() == null)
                .map(StatementLine::lineNumber).toList();
        if (!open.isEmpty()) {
            throw new ProblemException(409, "unrated-usage", "Statement has unrated usage",
                    "Statement " + statement.id() + " has usage without a price in force on line(s) " + open
                            + ": add the price and re-run the month, or waive each line with a reason"
                            + " (POST /v1/statements/" + statement.id() + "/lines/{n}/waiver)")
                    .with("unratedLines", open);
        }
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Statement", id.toString());
    }
}
