package org.chargeback.chargeback.businessunit;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Business units and their use cases, plain JDBC. Joins the caller's transaction (Agroal enlists the connection). */
@ApplicationScoped
class BusinessUnitRepository {

    private static final String COLUMNS = "code, name, cost_center, owner_contact, version, created_at, updated_at";
    private static final String USE_CASE_COLUMNS =
            "business_unit_code, code, name, product, value_per_unit, value_currency, created_at";

    private final DataSource dataSource;

    BusinessUnitRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false when the code exists already (nothing written) */
    boolean insertIfAbsent(String code, String name, String costCenter, String ownerContact, Instant now) {
        String sql = "insert into business_unit (" + COLUMNS + ") values (?, ?, ?, ?, 1, ?, ?)"
                + " on conflict (code) do nothing";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, costCenter);
            ps.setString(4, ownerContact);
            Jdbc.setInstant(ps, 5, now);
            Jdbc.setInstant(ps, 6, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("register business unit " + code, e);
        }
    }

    /**
     * Writes the new details if the stored version is still {@code expectedVersion} (optimistic concurrency: the
     * row's version is compared and incremented in one statement).
     *
     * @return false when the version moved on meanwhile (or the business unit does not exist)
     */
    boolean updateIfVersion(String code, long expectedVersion, String name, String costCenter, String ownerContact,
                            Instant now) {
        String sql = "update business_unit set name = ?, cost_center = ?, owner_contact = ?, version = version + 1,"
                + " updated_at = ? where code = ? and version = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            ps.setString(2, costCenter);
            ps.setString(3, ownerContact);
            Jdbc.setInstant(ps, 4, now);
            ps.setString(5, code);
            ps.setLong(6, expectedVersion);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("update business unit " + code, e);
        }
    }

    /** The business unit with its use cases; {@code forUpdate} locks its row until the transaction ends. */
    Optional<BusinessUnit> findByCode(String code, boolean forUpdate) {
        String sql = "select " + COLUMNS + " from business_unit where code = ?" + (forUpdate ? " for update" : "");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            BusinessUnit unit;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                unit = businessUnit(rs);
            }
            return Optional.of(unit.withUseCases(useCasesOf(c, code)));
        } catch (SQLException e) {
            throw failure("read business unit " + code, e);
        }
    }

    /** Every business unit, by code, without use cases. */
    List<BusinessUnit> listByCode() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from business_unit order by code");
             ResultSet rs = ps.executeQuery()) {
            List<BusinessUnit> units = new ArrayList<>();
            while (rs.next()) {
                units.add(businessUnit(rs));
            }
            return units;
        } catch (SQLException e) {
            throw failure("list business units", e);
        }
    }

    /** @return false when the business unit has a use case with this code already (nothing written) */
    boolean insertUseCaseIfAbsent(String businessUnit, NewUseCase useCase, Instant now) {
        String sql = "insert into use_case (" + USE_CASE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (business_unit_code, code) do nothing";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, businessUnit);
            ps.setString(2, useCase.code());
            ps.setString(3, useCase.name());
            ps.setString(4, useCase.product());
            ps.setBigDecimal(5, useCase.valuePerUnit());
            ps.setString(6, useCase.valueCurrency());
            Jdbc.setInstant(ps, 7, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("add use case " + useCase.code() + " to business unit " + businessUnit, e);
        }
    }

    private static List<UseCase> useCasesOf(Connection c, String businessUnit) throws SQLException {
        String sql = "select " + USE_CASE_COLUMNS + " from use_case where business_unit_code = ? order by code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, businessUnit);
            List<UseCase> useCases = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("value_currency");
                    useCases.add(new UseCase(rs.getString("business_unit_code"), rs.getString("code"),
                            rs.getString("name"), rs.getString("product"), rs.getBigDecimal("value_per_unit"),
                            currency == null ? null : currency.trim(), Jdbc.getInstant(rs, "created_at")));
                }
            }
            return useCases;
        }
    }

    private static BusinessUnit businessUnit(ResultSet rs) throws SQLException {
        return new BusinessUnit(rs.getString("code"), rs.getString("name"), rs.getString("cost_center"),
                rs.getString("owner_contact"), rs.getLong("version"), Jdbc.getInstant(rs, "created_at"),
                Jdbc.getInstant(rs, "updated_at"), List.of());
    }
}
