package org.chargeback.chargeback.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The LLM cost calculator, pure. Per month: requests = users x sessions per user x requests per session; cost per
 * request = input tokens x input price / 1,000,000 + output tokens x output price / 1,000,000; the monthly cost is
 * requests x cost per request, plus the buffer (30-50 %) for retries, prompt growth and spikes. The routing what-if
 * sends a share of the requests to a cheaper model: blended cost per request = (1 - share) x primary + share x
 * cheaper; the saving is the difference. Exact until the month's figures, which are rounded once (HALF_EVEN).
 */
public final class LlmCostCalculator {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LlmCostCalculator() {
    }

    public record Model(BigDecimal inputPricePerMillion, BigDecimal outputPricePerMillion) {
    }

    public record Inputs(BigDecimal inputTokensPerRequest, BigDecimal outputTokensPerRequest,
                         BigDecimal requestsPerSession, BigDecimal sessionsPerUserPerMonth, List<BigDecimal> userCurve,
                         Model model, BigDecimal bufferPercent, BigDecimal routedSharePercent, Model cheaperModel) {
    }

    public record Month(int index, BigDecimal users, BigDecimal requests, BigDecimal cost, BigDecimal bufferedCost,
                        BigDecimal routedCost, BigDecimal saving) {
    }

    public record Result(BigDecimal costPerRequest, BigDecimal cheaperCostPerRequest, List<Month> months,
                         BigDecimal total, BigDecimal routedTotal, BigDecimal savingTotal) {
    }

    public static BigDecimal costPerRequest(BigDecimal inputTokens, BigDecimal outputTokens, Model model) {
        return inputTokens.multiply(model.inputPricePerMillion()).add(outputTokens.multiply(model.outputPricePerMillion()))
                .divide(MILLION);
    }

    public static Result project(Inputs in, int digits) {
        BigDecimal primary = costPerRequest(in.inputTokensPerRequest(), in.outputTokensPerRequest(), in.model());
        BigDecimal cheaper = in.cheaperModel() == null ? null
                : costPerRequest(in.inputTokensPerRequest(), in.outputTokensPerRequest(), in.cheaperModel());
        BigDecimal buffer = BigDecimal.ONE.add(in.bufferPercent().divide(HUNDRED));
        BigDecimal share = in.routedSharePercent() == null ? BigDecimal.ZERO : in.routedSharePercent().divide(HUNDRED);
        BigDecimal blended = cheaper == null ? null
                : BigDecimal.ONE.subtract(share).multiply(primary).add(share.multiply(cheaper));
        List<Month> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal routedTotal = cheaper == null ? null : BigDecimal.ZERO;
        BigDecimal savingTotal = cheaper == null ? null : BigDecimal.ZERO;
        for (int i = 0; i < in.userCurve().size(); i++) {
            BigDecimal users = in.userCurve().get(i);
            BigDecimal requests = users.multiply(in.sessionsPerUserPerMonth()).multiply(in.requestsPerSession());
            BigDecimal cost = requests.multiply(primary).setScale(digits, RoundingMode.HALF_EVEN);
            BigDecimal buffered = requests.multiply(primary).multiply(buffer).setScale(digits, RoundingMode.HALF_EVEN);
            BigDecimal routed = null;
            BigDecimal saving = null;
            if (blended != null) {
                routed = requests.multiply(blended).multiply(buffer).setScale(digits, RoundingMode.HALF_EVEN);
                saving = buffered.subtract(routed);
                routedTotal = routedTotal.add(routed);
                savingTotal = savingTotal.add(saving);
            }
            months.add(new Month(i + 1, users, requests, cost, buffered, routed, saving));
            total = total.add(buffered);
        }
        return new Result(primary, cheaper, months, total, routedTotal, savingTotal);
    }
}
