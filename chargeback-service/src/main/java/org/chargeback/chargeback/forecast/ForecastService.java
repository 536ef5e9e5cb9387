package org.chargeback.chargeback.forecast;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.budget.Checks;
import org.chargeback.chargeback.forecast.dto.ForecastRequest;
import org.chargeback.chargeback.forecast.dto.ForecastView;
import org.chargeback.chargeback.forecast.dto.LlmCostRequest;
import org.chargeback.chargeback.forecast.dto.LlmCostView;
import org.chargeback.chargeback.shared.Etags;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Scenario forecasts (each reforecast a new version) and the LLM cost calculator. */
@ApplicationScoped
@Transactional
public class ForecastService {

    static final BigDecimal DEFAULT_DEFLATION = new BigDecimal("25");
    static final List<ForecastCalculator.Scenario> DEFAULT_SCENARIOS = List.of(
            new ForecastCalculator.Scenario("baseline", BigDecimal.ONE, new BigDecimal("0.6")),
            new ForecastCalculator.Scenario("expansion", new BigDecimal("2"), new BigDecimal("0.3")),
            new ForecastCalculator.Scenario("breakthrough", new BigDecimal("3"), new BigDecimal("0.1")));
    static final BigDecimal DEFAULT_BUFFER = new BigDecimal("30");

    private final ForecastRepository forecasts;
    private final Checks checks;
    private final Clock clock;

    ForecastService(ForecastRepository forecasts, Checks checks, Clock clock) {
        this.forecasts = forecasts;
        this.checks = checks;
        this.clock = clock;
    }

    /** Version 1. @throws ProblemException 400 naming the field; 409 {@code /problems/forecast-exists}; 422 */
    public ForecastVersion createForecast(ForecastRequest request) {
        if (request.code() == null) {
            throw ProblemException.invalidField("code", null, "must not be null");
        }
        ForecastVersion first = toVersion(request.code(), 1, request);
        if (!forecasts.insertIfAbsent(first)) {
            throw new ProblemException(409, "forecast-exists", "Forecast exists", "Forecast '" + request.code()
                    + "' exists; store a reforecast with PUT /v1/forecasts/" + request.code());
        }
        Log.infof("Forecast %s v1 stored by %s", first.code(), first.changedBy());
        return first;
    }

    /**
     * A reforecast: the next version; earlier ones stay as they were.
     *
     * @throws ProblemException 428 without If-Match; 404; 400 (also a different code); 412 {@code /problems/stale-forecast}
     */
    public ForecastVersion reforecast(String code, String ifMatch, ForecastRequest request) {
        Etags.requireIfMatch(ifMatch, "forecast", "/v1/forecasts/" + code);
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalidField("code", request.code(), "must be '" + code + "' (the path's code)");
        }
        ForecastVersion latest = latest(code);
        String etag = "\"" + latest.version() + "\"";
        if (Etags.version(ifMatch) != latest.version()) {
            throw Etags.stale("forecast", "forecast", code, ifMatch, etag);
        }
        ForecastVersion next = toVersion(code, latest.version() + 1, request);
        if (!forecasts.insertIfAbsent(next)) {
            throw Etags.stale("forecast", "forecast", code, ifMatch, "\"" + (latest.version() + 1) + "\"");
        }
        Log.infof("Forecast %s v%d stored by %s: %s", code, next.version(), next.changedBy(), next.reason());
        return next;
    }

    @Transactional(SUPPORTS)
    public ForecastVersion latest(String code) {
        List<ForecastVersion> all = versions(code);
        return all.get(all.size() - 1);
    }

    /** @throws ProblemException 404 unknown code */
    @Transactional(SUPPORTS)
    public List<ForecastVersion> versions(String code) {
        List<ForecastVersion> all = forecasts.versions(code);
        if (all.isEmpty()) {
            throw ProblemException.notFound("Forecast", code);
        }
        return all;
    }

    private ForecastVersion toVersion(String code, int version, ForecastRequest request) {
        Months.parse("baseMonth", request.baseMonth());
        List<ProblemError> errors = new ArrayList<>();
        if (request.businessUnit() != null) {
            errors.addAll(checks.ownerErrors("businessUnit", request.businessUnit(), null));
        }
        List<ForecastCalculator.Scenario> scenarios = request.scenarios() == null ? DEFAULT_SCENARIOS
                : request.scenarios().stream().map(s -> new ForecastCalculator.Scenario(s.name().strip(),
                s.usageMultiplier(), s.probability())).toList();
        BigDecimal probabilities = scenarios.stream().map(ForecastCalculator.Scenario::probability)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (probabilities.compareTo(BigDecimal.ONE) != 0) {
            errors.add(ProblemError.field("scenarios", probabilities.toPlainString(),
                    "probabilities must add up to 1"));
        }
        if (scenarios.stream().map(ForecastCalculator.Scenario::name).distinct().count() != scenarios.size()) {
            errors.add(ProblemError.field("scenarios", null, "names must be unique"));
        }
        checks.requireValid(errors, request.currency());
        return new ForecastVersion(code, version, request.name().strip(), request.businessUnit(),
                java.time.YearMonth.parse(request.baseMonth()), request.horizonMonths(), request.baseMonthlyCost(),
                request.currency(), request.yearlyDeflationPercent() == null ? DEFAULT_DEFLATION
                : request.yearlyDeflationPercent(), scenarios, request.changedBy().strip(), request.reason(), now());
    }

    /** The version with its figures. */
    @Transactional(SUPPORTS)
    public ForecastView view(ForecastVersion f) {
        int digits = checks.reportingCurrency().getDefaultFractionDigits();
        ForecastCalculator.Result r = ForecastCalculator.forecast(f.baseMonthlyCost(), f.horizonMonths(),
                f.yearlyDeflationPercent(), f.scenarios(), digits);
        List<ForecastView.MonthView> months = new ArrayList<>();
        for (ForecastCalculator.Month m : r.months()) {
            Map<String, BigDecimal> byScenario = new LinkedHashMap<>();
            for (int s = 0; s < f.scenarios().size(); s++) {
                byScenario.put(f.scenarios().get(s).name(), m.scenarioCosts().get(s));
            }
            months.add(new ForecastView.MonthView(f.baseMonth().plusMonths(m.index()).toString(), m.priceFactor(),
                    byScenario, m.expected(), m.constrained(), m.expected(), m.growth()));
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (int s = 0; s < f.scenarios().size(); s++) {
            totals.put(f.scenarios().get(s).name(), r.scenarioTotals().get(s));
        }
        return new ForecastView(f.code(), f.version(), f.name(), f.businessUnit(), f.baseMonth().toString(),
                f.horizonMonths(), f.baseMonthlyCost(), f.currency(), f.yearlyDeflationPercent(),
                f.scenarios().stream().map(s -> new ForecastRequest.ScenarioSpec(s.name(), s.usageMultiplier(),
                        s.probability())).toList(), f.changedBy(), f.reason(), f.createdAt(), months,
                new ForecastView.TotalsView(totals, r.expectedTotal(), r.constrainedTotal(), r.expectedTotal(),
                        r.growthTotal()));
    }

    /** The LLM cost projection; nothing stored. @throws ProblemException 422 for another currency */
    @Transactional(SUPPORTS)
    public LlmCostView llmCost(LlmCostRequest request) {
        checks.requireValid(List.of(), request.currency());
        BigDecimal buffer = request.bufferPercent() == null ? DEFAULT_BUFFER : request.bufferPercent();
        LlmCostRequest.Routing routing = request.routing();
        LlmCostCalculator.Result r = LlmCostCalculator.project(new LlmCostCalculator.Inputs(
                request.inputTokensPerRequest(), request.outputTokensPerRequest(), request.requestsPerSession(),
                request.sessionsPerUserPerMonth(), request.userCurve(),
                new LlmCostCalculator.Model(request.inputPricePerMillion(), request.outputPricePerMillion()), buffer,
                routing == null ? null : routing.sharePercent(),
                routing == null ? null : new LlmCostCalculator.Model(routing.inputPricePerMillion(),
                        routing.outputPricePerMillion())), checks.reportingCurrency().getDefaultFractionDigits());
        return new LlmCostView(request.currency(), buffer, r.costPerRequest(), r.cheaperCostPerRequest(),
                routing == null ? null : routing.sharePercent(),
                r.months().stream().map(m -> new LlmCostView.Month(m.index(), m.users(), m.requests(), m.cost(),
                        m.bufferedCost(), m.routedCost(), m.saving())).toList(), r.total(), r.routedTotal(),
                r.savingTotal());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
