package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.chargeback.upstream.UpstreamService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.invoice.Invoice;
import org.chargeback.chargeback.invoice.InvoiceService;
import org.chargeback.chargeback.invoice.NewInvoice;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Statements: storing a run's drafts, reading, and issuing (which creates the invoice). */
@ApplicationScoped
@Transactional
public class StatementService {

    private final StatementRepository statements;
    private final StatementRunRepository runs;
    private final InvoiceService invoices;
    private final UpstreamService upstream;
    private final BusinessUnitService businessUnits;
    private final Clock clock;

    StatementService(StatementRepository statements, StatementRunRepository runs, InvoiceService invoices,
                     UpstreamService upstream, BusinessUnitService businessUnits, Clock clock) {
        this.statements = statements;
        this.runs = runs;
        this.invoices = invoices;
        this.upstream = upstream;
        this.businessUnits = businessUnits;
        this.clock = clock;
    }

    /**
     * Stores a statement run in one transaction: the month's DRAFT statements are deleted and rebuilt from the plan;
     * ISSUED statements are final, so they are kept untouched and their business unit gets no new draft.
     * The reconciliation counts the showback of every statement of the month as it now stands (issued + new drafts).
     * A draft copies its business unit's name and cost center from the registry as they are now (null for a business
     * unit that is not registered), so a statement keeps what the business unit was called when it was built.
     *
     * @return the id of the stored run
     */
    public UUID storeRun(StatementPlan plan) {
        YearMonth month = plan.month();
        statements.lockMonth(month);
        List<Statement> issued = statements.list(month, null).stream().filter(s -> s.status().isIssued()).toList();
        Set<String> issuedUnits = issued.stream().map(Statement::businessUnit).collect(Collectors.toSet());
        int replaced = statements.deleteDraftsOf(month);

        UUID runId = UUID.randomUUID();
        Instant now = now();
        Map<String, BusinessUnit> registered = businessUnits.registeredByCode();
        List<Statement> drafts = new ArrayList<>();
        for (StatementPlan.Draft draft : plan.drafts()) {
            if (issuedUnits.contains(draft.businessUnit())) {
                continue;
            }
            BusinessUnit unit = registered.get(draft.businessUnit());
            drafts.add(new Statement(UUID.randomUUID(), runId, month, draft.businessUnit(),
                    unit == null ? null : unit.name(), unit == null ? null : unit.costCenter(), StatementStatus.DRAFT,
                    plan.currency(), draft.showbackTotal(), draft.chargebackTotal(), now, null, null, draft.lines()));
        }
        Money allocated = Stream.concat(issued.stream(), drafts.stream())
                .map(Statement::showbackTotal).reduce(Money.zero(plan.currency()), Money::plus);
        Reconciliation reconciliation = Reconciliation.of(plan.costTotal(), allocated, plan.unallocatedTotal());

        runs.insert(new StatementRun(runId, month, plan.currency(), now, reconciliation, plan.unallocatedCosts(),
                List.of()));
        drafts.forEach(statements::insert);
        Log.infof("Statement run %s for %s: %d drafts (%d replaced), %d issued kept, cost %s, allocated %s,"
                        + " unallocated %s, reconciled %s", runId, month, drafts.size(), replaced, issued.size(),
                reconciliation.costTotal().toPlainString(), allocated, reconciliation.unallocatedTotal(),
                reconciliation.reconciled());
        if (!reconciliation.reconciled()) {
            Log.warnf("Statement run %s for %s does not reconcile: an issued statement may need an adjustment",
                    runId, month);
        }
        return runId;
    }

    /** The statement with its lines, or 404. */
    @Transactional(SUPPORTS)
    public Statement findStatement(UUID id) {
        return statements.findById(id, false).orElseThrow(() -> notFound(id));
    }

    /** Statements (without lines) by month then business unit; null filters match everything. */
    @Transactional(SUPPORTS)
    public List<Statement> listStatements(YearMonth month, String businessUnit) {
        return statements.list(month, businessUnit);
    }

    /**
     * Issues a draft statement: status ISSUED, issuedAt = now, and its invoice (chargeback lines, total = the
     * chargeback total) created in the same transaction. A statement is issued once: 409 the second time.
     * ingestion-service is told first that the month is closed (its later usage events become late events); when it
     * cannot be reached the issue fails with a 502 and nothing is issued, so no issued month is ever unknown to it.
     */
    public Statement issueStatement(UUID id) {
        YearMonth month = statements.findMonthOf(id).orElseThrow(() -> notFound(id));
        // Freeze the month's prices in pricing-service first (idempotent): once a statement is issued, a price change
        // inside its month must be a deliberate retroactive correction. If pricing is down this fails with 502 and
        // nothing is issued.
        upstream.freezePrices(month);
        statements.lockMonth(month);
        // Re-read under the locks: a run may have replaced this draft, or another request issued it, meanwhile.
        Statement statement = statements.findById(id, true).orElseThrow(() -> notFound(id));
        if (statement.status().isIssued()) {
            throw new ProblemException(409, "statement-already-issued", "Statement already issued",
                    "Statement " + id + " (" + statement.businessUnit() + ", " + statement.month()
                            + ") was already issued as invoice " + statement.invoiceNumber())
                    .with("invoiceNumber", statement.invoiceNumber());
        }
        upstream.closeUsageMonth(month);
        Instant issuedAt = now();
        List<NewInvoice.Line> invoiceLines = statement.lines().stream()
                .filter(line -> line.kind().isInvoiced())
                .map(line -> new NewInvoice.Line(line.description(), line.quantity(), line.unitPrice(),
                        line.amount()))
                .toList();
        Invoice invoice = invoices.createInvoice(new NewInvoice(statement.id(), statement.businessUnit(),
                statement.month(), statement.currency(), issuedAt, invoiceLines));
        if (!invoice.total().isSameAs(statement.chargebackTotal())) {
            throw new IllegalStateException("Invoice total " + invoice.total() + " differs from chargeback total "
                    + statement.chargebackTotal() + " of statement " + id);
        }
        statements.markIssued(id, issuedAt, invoice.number());
        Log.infof("Issued statement %s (%s, %s) as invoice %s, total %s", id, statement.businessUnit(),
                statement.month(), invoice.number(), invoice.total());
        return statements.findById(id, false).orElseThrow();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Statement", id.toString());
    }
}
