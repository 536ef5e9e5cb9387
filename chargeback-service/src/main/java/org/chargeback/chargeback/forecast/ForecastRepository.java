package org.chargeback.chargeback.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Forecast versions, plain JDBC; append only. */
@ApplicationScoped
class ForecastRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ForecastCalculator.Scenario>> SCENARIOS = new TypeReference<>() {
    };

    private final DataSource dataSource;

    ForecastRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false when the version exists (primary key (code, version): one of two concurrent writers wins) */
    boolean insertIfAbsent(ForecastVersion f) {
        String sql = "insert into forecast_version (code, version, name, business_unit, base_month, horizon_months,"
                + " base_monthly_cost, currency, yearly_deflation_percent, scenarios, changed_by, reason, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, f.code());
            ps.setInt(2, f.version());
            ps.setString(3, f.name());
            ps.setString(4, f.businessUnit());
            ps.setString(5, f.baseMonth().toString());
            ps.setInt(6, f.horizonMonths());
            ps.setBigDecimal(7, f.baseMonthlyCost());
            ps.setString(8, f.currency());
            ps.setBigDecimal(9, f.yearlyDeflationPercent());
            ps.setString(10, JSON.writeValueAsString(f.scenarios()));
            ps.setString(11, f.changedBy());
            ps.setString(12, f.reason());
            Jdbc.setInstant(ps, 13, f.createdAt());
            return ps.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot store forecast " + f.code() + ": " + e.getMessage(), e);
        }
    }

    /** Every version of the forecast, oldest first (empty when unknown). */
    List<ForecastVersion> versions(String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select * from forecast_version where code = ? order by version")) {
            ps.setString(1, code);
            List<ForecastVersion> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ForecastVersion(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                            rs.getString("business_unit"), Jdbc.getMonth(rs, "base_month"),
                            rs.getInt("horizon_months"), rs.getBigDecimal("base_monthly_cost"),
                            rs.getString("currency").trim(), rs.getBigDecimal("yearly_deflation_percent"),
                            JSON.readValue(rs.getString("scenarios"), SCENARIOS), rs.getString("changed_by"),
                            rs.getString("reason"), Jdbc.getInstant(rs, "created_at")));
                }
            }
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read forecast " + code, e instanceof SQLException s ? s : new SQLException(e));
        }
    }
}
