package org.chargeback.pricing.pricebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.rating.Tier;
import org.chargeback.pricing.shared.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for the {@code price_version} table (append-only: no update or delete here, and a trigger refuses them). */
@ApplicationScoped
class PriceBookRepository {

    /** Tiers are stored as jsonb with exact numbers (jsonb keeps numeric digits). */
    private static final ObjectMapper TIERS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * One product's versions with the derived effective_to: the earlier of the explicit effective_until and the next
     * version's effective_from in the same scope (PARTITION BY puts all NULL business units, the list prices, in one
     * partition). Parameter 1: product code. Queries filter this CTE from outside, so a filter never hides the next
     * version from lead().
     */
    private static final String TIMELINE = """
            with timeline as (
                select pv.*,
                       least(effective_until,
                             lead(effective_from) over (partition by business_unit order by effective_from))
                           as effective_to
                from price_version pv
                where product_code = ?
            )
            """;

    private final Jdbc jdbc;

    PriceBookRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the version unless its scope already has a version starting that day. The unique index decides (ON
     * CONFLICT names its expression), so a concurrent duplicate is refused as well.
     *
     * @return true if stored, false if the effective_from was taken
     */
    boolean insertIfEffectiveFromFree(UUID id, NewPriceVersion v) {
        return jdbc.findFirst("""
                        insert into price_version
                            (id, product_code, business_unit, currency, model, unit_rate, tiers, package_size,
                             minimum_monthly, cost_pool, markup, discount_percent, effective_from, effective_until,
                             retroactive_correction, reason, changed_by)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (product_code, coalesce(business_unit, ''), effective_from) do nothing
                        returning id
                        """, row -> row.getObject("id", UUID.class),
                id, v.productCode(), v.businessUnit(), v.currency() == null ? null : v.currency().getCurrencyCode(),
                v.model() == null ? null : v.model().json(), v.unitRate(), tiersJson(v.tiers()), v.packageSize(),
                v.minimumMonthly(), v.costPool(), v.markup(), v.discountPercent(), v.effectiveFrom(),
                v.effectiveUntil(), v.retroactiveCorrection(), v.reason(), v.changedBy()).isPresent();
    }

    Optional<PriceVersion> findById(String productCode, UUID id) {
        return jdbc.findFirst(TIMELINE + "select * from timeline where id = ?",
                PriceBookRepository::priceVersion, productCode, id);
    }

    /** The versions of one scope ({@code null} = list prices), oldest first. */
    List<PriceVersion> listScope(String productCode, String businessUnit) {
        return jdbc.list(TIMELINE + """
                        select * from timeline
                        where business_unit is not distinct from ?
                        order by effective_from
                        """,
                PriceBookRepository::priceVersion, productCode, businessUnit);
    }

    /** The version of the scope ({@code null} = list price) in force on {@code day}, if any. */
    Optional<PriceVersion> findEffectiveAt(String productCode, String businessUnit, LocalDate day) {
        return jdbc.findFirst(TIMELINE + """
                        select * from timeline
                        where business_unit is not distinct from ? and effective_from <= ?
                          and (effective_to is null or effective_to > ?)
                        order by effective_from desc
                        limit 1
                        """,
                PriceBookRepository::priceVersion, productCode, businessUnit, day, day);
    }

    /** Every version of the product, oldest first (list price before overrides on the same day). */
    List<PriceVersion> listHistory(String productCode) {
        return jdbc.list(TIMELINE + """
                        select * from timeline
                        order by effective_from, business_unit nulls first, created_at
                        """,
                PriceBookRepository::priceVersion, productCode);
    }

    private static String tiersJson(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            return null;
        }
        try {
            return TIERS.writeValueAsString(tiers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tiers cannot be written as JSON", e);
        }
    }

    private static List<Tier> tiers(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return TIERS.readValue(json, new TypeReference<List<Tier>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tiers are not readable: " + json, e);
        }
    }

    private static PriceVersion priceVersion(ResultSet row) throws SQLException {
        String model = row.getString("model");
        String currency = row.getString("currency");
        return new PriceVersion(
                row.getObject("id", UUID.class),
                row.getString("product_code"),
                row.getString("business_unit"),
                model == null ? null : PriceModel.fromJson(model).orElseThrow(),
                row.getBigDecimal("unit_rate"),
                tiers(row.getString("tiers")),
                row.getBigDecimal("package_size"),
                row.getBigDecimal("minimum_monthly"),
                row.getString("cost_pool"),
                row.getBigDecimal("markup"),
                row.getBigDecimal("discount_percent"),
                currency == null ? null : Currency.getInstance(currency),
                row.getObject("effective_from", LocalDate.class),
                row.getObject("effective_until", LocalDate.class),
                row.getObject("effective_to", LocalDate.class),
                row.getBoolean("retroactive_correction"),
                row.getString("reason"),
                row.getString("changed_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
