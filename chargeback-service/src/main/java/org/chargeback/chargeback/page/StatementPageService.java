package org.chargeback.chargeback.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.chargeback.statement.LineKind;
import org.chargeback.chargeback.statement.Statement;
import org.chargeback.chargeback.statement.StatementService;
import org.chargeback.chargeback.statement.dto.StatementView;
import org.chargeback.support.problem.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the statement page of a business unit and month from the same service calls the API uses
 * ({@link StatementService#listStatements}, {@link StatementService#findStatement}, {@link StatementService#describe}
 * mapped by {@link StatementView#from}): the page computes no amount of its own.
 */
@ApplicationScoped
public class StatementPageService {

    static final int TREND_MONTHS = 12;

    private final StatementService statements;
    private final BusinessUnitService businessUnits;
    private final BusinessUnitAccess access;
    private final BudgetBurnSource budgets;
    private final Clock clock;

    StatementPageService(StatementService statements, BusinessUnitService businessUnits, BusinessUnitAccess access,
                         BudgetBurnSource budgets, Clock clock) {
        this.statements = statements;
        this.businessUnits = businessUnits;
        this.access = access;
        this.budgets = budgets;
        this.clock = clock;
    }

    /**
     * The page for the requested business unit and month. Without a business unit: the first one the caller may
     * see; without a month: the business unit's latest month with a statement (else last month).
     */
    public StatementPage pageFor(String requestedBusinessUnit, String requestedMonth) {
        Map<String, BusinessUnit> registered = businessUnits.registeredByCode();
        List<Statement> standing = statements.listStatements(null, null);
        TreeSet<String> known = new TreeSet<>(registered.keySet());
        standing.forEach(s -> known.add(s.businessUnit()));
        List<String> visible = known.stream().filter(access::maySee).toList();

        String bu = blankToNull(requestedBusinessUnit);
        // Access first: whether another business unit exists is not a bu-owner's business.
        if (bu != null && !access.maySee(bu)) {
            return notice(403, visible, registered, bu, blankToNull(requestedMonth), List.of(),
                    "You may not see the statements of business unit \"" + bu + "\".");
        }
        if (bu != null && !known.contains(bu)) {
            return notice(404, visible, registered, bu, blankToNull(requestedMonth), List.of(),
                    "There is no business unit \"" + bu + "\": it is not registered and has no statement.");
        }
        if (bu == null && visible.isEmpty() && !known.isEmpty()) {
            return notice(403, visible, registered, null, null, List.of(),
                    "Your sign-in shows no business unit's statements: a business unit owner's token names their "
                            + "business units, a finance token shows all.");
        }
        if (bu == null) {
            bu = visible.stream().filter(code -> standing.stream().anyMatch(s -> s.businessUnit().equals(code)))
                    .findFirst().orElse(visible.isEmpty() ? null : visible.get(0));
        }
        if (bu == null) {
            return notice(200, visible, registered, null, null, List.of(),
                    "There are no business units and no statements yet.");
        }
        String code = bu;
        TreeMap<YearMonth, Statement> byMonth = new TreeMap<>();
        standing.stream().filter(s -> s.businessUnit().equals(code)).forEach(s -> byMonth.put(s.month(), s));
        List<String> months = byMonth.descendingKeySet().stream().map(YearMonth::toString).toList();

        YearMonth month;
        if (blankToNull(requestedMonth) == null) {
            month = byMonth.isEmpty() ? YearMonth.now(clock).minusMonths(1) : byMonth.lastKey();
        } else {
            try {
                month = Months.parse("month", requestedMonth.trim());
            } catch (ProblemException e) {
                return notice(400, visible, registered, code, null, months,
                        "\"" + requestedMonth + "\" is not a month: write it as YYYY-MM, e.g. 2026-10.");
            }
        }

        Statement summary = byMonth.get(month);
        StatementView view = summary == null ? null
                : StatementView.from(statements.describe(statements.findStatement(summary.id())));
        Charts.TrendChart trend = trend(byMonth, month);
        Charts.BurnGauge budget = budgets.burnOf(code, month, view).map(Charts::burn).orElse(null);
        String name = view != null && view.businessUnitName() != null ? view.businessUnitName()
                : registered.containsKey(code) ? registered.get(code).name() : null;
        List<StatementPage.Choice> choices = choices(visible, registered, code);
        if (view == null) {
            String why = byMonth.isEmpty()
                    ? "No usage and no cost recorded for " + code + " yet: there is no statement in any month."
                    : "No statement for " + code + " in " + month + ": no usage or cost was recorded that month "
                    + "(or the month has not been run yet).";
            return new StatementPage(200, choices, code, name, month.toString(), months, why, null, null, null,
                    null, List.of(), Charts.bars(List.of()), Charts.bars(List.of()), trend, budget);
        }
        String self = "/v1/statements/" + view.id();
        return new StatementPage(200, choices, code, name, month.toString(), months, null, view, self,
                self + "?format=csv",
                view.invoiceNumber() == null ? null : "/v1/invoices/" + encode(view.invoiceNumber()),
                view.lines().stream().filter(l -> l.kind() == LineKind.ADJUSTMENT).toList(),
                Charts.bars(view.showback().byBudgetCategory().stream()
                        .map(a -> new Charts.Amount(categoryLabel(a.key()), a.amount())).toList()),
                Charts.bars(view.showback().byUseCase().stream()
                        .map(a -> new Charts.Amount(a.key(), a.amount())).toList()),
                trend, budget);
    }

    /** The 12 months ending with {@code month}: each month's standing statement totals, or none. */
    private static Charts.TrendChart trend(TreeMap<YearMonth, Statement> byMonth, YearMonth month) {
        List<Charts.TrendMonth> months = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            Statement s = byMonth.get(m);
            months.add(new Charts.TrendMonth(m.toString(), s == null ? null : s.showbackTotal().amount(),
                    s == null ? null : s.chargebackTotal().amount(), i == 0, 0, 0, 0));
        }
        return Charts.trend(months);
    }

    private StatementPage notice(int status, List<String> visible, Map<String, BusinessUnit> registered,
                                 String businessUnit, String month, List<String> months, String notice) {
        boolean shown = businessUnit != null && visible.contains(businessUnit);
        String name = shown && registered.containsKey(businessUnit) ? registered.get(businessUnit).name() : null;
        return new StatementPage(status, choices(visible, registered, businessUnit), shown ? businessUnit : null, name,
                month, months, notice, null, null, null, null, List.of(), Charts.bars(List.of()),
                Charts.bars(List.of()), Charts.trend(List.of()), null);
    }

    private static List<StatementPage.Choice> choices(List<String> visible, Map<String, BusinessUnit> registered,
                                                      String selected) {
        return visible.stream().map(code -> new StatementPage.Choice(code,
                registered.containsKey(code) ? registered.get(code).name() + " (" + code + ")" : code,
                code.equals(selected))).toList();
    }

    /** VENDOR_AND_API -> "Vendor and API". */
    static String categoryLabel(String key) {
        String words = key.toLowerCase(Locale.ROOT).replace('_', ' ').replace("api", "API");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
