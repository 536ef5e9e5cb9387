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

    private static final String COLUMNS = "code, name, unit, description, status, created_at";

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
                        insert into product (code, name, unit, description, status)
                        values (?, ?, ?, ?, ?)
                        on conflict (code) do nothing
                        returning %s
                        """.formatted(COLUMNS), ProductRepository::product,
                product.code(), product.name(), product.unit(), product.description(), status.name());
    }

    Optional<Product> findByCode(String code) {
        return jdbc.findFirst("select " + COLUMNS + " from product where code = ?", ProductRepository::product, code);
    }

    List<Product> listAllByCode() {
        return jdbc.list("select " + COLUMNS + " from product order by code", ProductRepository::product);
    }

    private static Product product(ResultSet row) throws SQLException {
        return new Product(row.getString("code"), row.getString("name"), row.getString("unit"),
                row.getString("description"), ProductStatus.valueOf(row.getString("status")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
