package org.chargeback.pricing.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How a price version turns a month's quantity into an amount. JSON names are the contract's lower-case words. */
public enum PriceModel {
    /** quantity x unitRate. */
    FLAT("flat"),
    /** unitRate per started package of packageSize units: packages = quantity / packageSize rounded UP. */
    PACKAGE("package"),
    /** Each tier's units at that tier's rate (first 100,000 at 0.06, the rest at 0.05), per month. */
    GRADUATED("graduated"),
    /** All units at the rate of the tier the month's quantity reaches. */
    VOLUME("volume"),
    /** unitRate = the month's cost of a cost pool / the month's units x (1 + markup). */
    COST_PLUS("cost-plus");

    private final String json;

    PriceModel(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<PriceModel> fromJson(String value) {
        return Arrays.stream(values()).filter(m -> m.json.equals(value)).findFirst();
    }

    @JsonCreator
    static PriceModel parse(String value) {
        return fromJson(value).orElseThrow(() -> new IllegalArgumentException(
                "must be one of flat, package, graduated, volume, cost-plus"));
    }

    public boolean isTiered() {
        return this == GRADUATED || this == VOLUME;
    }
}
