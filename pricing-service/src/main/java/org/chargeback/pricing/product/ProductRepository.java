package org.chargeback.pricing.product;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.pricing.shared.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code product} table. */
@ApplicationScoped
class ProductRepository {

    private static final String COLUMNS =
            "code, name, unit, description, owning_team, status, retired_at, version, created_at, updated_at";

    private final Jdbc jdbc;

    ProductRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the product unless its code is taken. The primary key decides, so two concurrent registrations of
     * one code cannot both succeed. Empty when the code was taken.
     */
    Optional<Product> insertIfCodeFree(NewProduct product, ProductStatus status) {
        return jdbc.findFirst("""
                        insert into product (code, name, unit, description, owning_team, status)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (code) do nothing
                        returning %s
                        """.formatted(COLUMNS), ProductRepository::product,
                product.code(), product.name(), product.unit(), product.description(), product.owningTeam(),
                status.name());
    }

    /**
     * Writes the new state if the stored version is still {@code expectedVersion} (optimistic concurrency: the row
     * is compared and changed in one statement). Empty when it was changed meanwhile.
     */
    Optional<Product> updateIfVersion(String code, long expectedVersion, String name, String description,
                                      String owningTeam, ProductStatus status) {
        return jdbc.findFirst("""
                        update product
                        set name = ?, description = ?, owning_team = ?, status = ?,
                            retired_at = case when ? = 'RETIRED' then coalesce(retired_at, now()) end,
                            version = version + 1, updated_at = now()
                        where code = ? and version = ?
                        returning %s
                        """.formatted(COLUMNS), ProductRepository::product,
                name, description, owningTeam, status.name(), status.name(), code, expectedVersion);
    }

    Optional<Product> findByCode(String code) {
        return jdbc.findFirst("select " + COLUMNS + " from product where code = ?", ProductRepository::product, code);
    }

    /** Reads the product and locks its row until the transaction ends: price changes of a product run one by one. */
    Optional<Product> lockByCode(String code) {
        return jdbc.findFirst("select " + COLUMNS + " from product where code = ? for update",
                ProductRepository::product, code);
    }

    List<Product> listAllByCode() {
        return jdbc.list("select " + COLUMNS + " from product order by code", ProductRepository::product);
    }

    private static Product product(ResultSet row) throws SQLException {
        OffsetDateTime retiredAt = row.getObject("retired_at", OffsetDateTime.class);
        return new Product(row.getString("code"), row.getString("name"), row.getString("unit"),
                row.getString("description"), row.getString("owning_team"),
                ProductStatus.valueOf(row.getString("status")), retiredAt == null ? null : retiredAt.toInstant(),
                row.getLong("version"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
