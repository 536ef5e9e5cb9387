package org.chargeback.pricing.pricebook;

import jakarta.enterprise.context.ApplicationScoped;
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

    /**
     * One product's versions with the derived effective_to: the next version's effective_from in the same scope
     * (PARTITION BY puts all NULL business units, the list prices, in one partition). Parameter 1: product code.
     * Queries filter this CTE from outside, so a filter never hides the next version from lead().
     */
    private static final String TIMELINE = """
            with timeline as (
                select id, product_code, business_unit, currency, unit_price, effective_from,
                       lead(effective_from) over (partition by business_unit order by effective_from) as effective_to,
                       reason, changed_by, created_at
                from price_version
                where product_code = ?
            )
            """;

    private final Jdbc jdbc;

    PriceBookRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the version as a list price unless the product already has a list price starting that day. The unique
     * index decides (ON CONFLICT names its expression), so a concurrent duplicate is refused as well.
     *
     * @return true if stored, false if the effective_from was taken
     */
    boolean insertListPriceIfEffectiveFromFree(UUID id, NewPriceVersion version) {
        return jdbc.findFirst("""
                        insert into price_version
                            (id, product_code, business_unit, currency, unit_price, effective_from, reason, changed_by)
                        values (?, ?, null, ?, ?, ?, ?, ?)
                        on conflict (product_code, coalesce(business_unit, ''), effective_from) do nothing
                        returning id
                        """, row -> row.getObject("id", UUID.class),
                id, version.productCode(), version.currency().getCurrencyCode(), version.unitPrice(),
                version.effectiveFrom(), version.reason(), version.changedBy()).isPresent();
    }

    Optional<PriceVersion> findById(String productCode, UUID id) {
        return jdbc.findFirst(TIMELINE + "select * from timeline where id = ?",
                PriceBookRepository::priceVersion, productCode, id);
    }

    /** The list price version that starts on {@code effectiveFrom}, if any: the one a new version would overlap. */
    Optional<PriceVersion> findListPriceStartingOn(String productCode, LocalDate effectiveFrom) {
        return jdbc.findFirst(TIMELINE + "select * from timeline where business_unit is null and effective_from = ?",
                PriceBookRepository::priceVersion, productCode, effectiveFrom);
    }

    /** The list price version in force on {@code day}: the latest one starting on or before it. */
    Optional<PriceVersion> findListPriceEffectiveAt(String productCode, LocalDate day) {
        return jdbc.findFirst(TIMELINE + """
                        select * from timeline
                        where business_unit is null and effective_from <= ?
                        order by effective_from desc
                        limit 1
                        """,
                PriceBookRepository::priceVersion, productCode, day);
    }

    /** Every version of the product, oldest first. */
    List<PriceVersion> listHistory(String productCode) {
        return jdbc.list(TIMELINE + """
                        select * from timeline
                        order by effective_from, business_unit nulls first, created_at
                        """,
                PriceBookRepository::priceVersion, productCode);
    }

    private static PriceVersion priceVersion(ResultSet row) throws SQLException {
        return new PriceVersion(
                row.getObject("id", UUID.class),
                row.getString("product_code"),
                row.getString("business_unit"),
                row.getBigDecimal("unit_price"),
                Currency.getInstance(row.getString("currency")),
                row.getObject("effective_from", LocalDate.class),
                row.getObject("effective_to", LocalDate.class),
                row.getString("reason"),
                row.getString("changed_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
