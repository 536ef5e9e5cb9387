package org.chargeback.pricing.frozen;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.audit.PriceChangeService;
import org.chargeback.pricing.shared.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Months whose statements chargeback has issued. chargeback-service pushes a month here when it issues a statement
 * of it (before the statement is issued, so an issued month is always frozen); a month stays frozen for good.
 */
@ApplicationScoped
@Transactional(REQUIRED)
public class FrozenPeriodService {

    private final Jdbc jdbc;
    private final PriceChangeService audit;

    FrozenPeriodService(Jdbc jdbc, PriceChangeService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Freezes the month; idempotent. @return true if it was frozen now, false if it already was */
    public boolean freeze(YearMonth month, String frozenBy) {
        boolean created = jdbc.findFirst("""
                        insert into frozen_period (month, frozen_by) values (?, ?)
                        on conflict (month) do nothing returning month
                        """, row -> row.getString(1), month.toString(), frozenBy).isPresent();
        if (created) {
            FrozenPeriod period = find(month).orElseThrow();
            audit.record("period-frozen", null, null, null, period, frozenBy, "statements issued for " + month,
                    false, List.of(month.toString()));
            Log.infof("Froze prices of %s (by %s)", month, frozenBy);
        }
        return created;
    }

    @Transactional(SUPPORTS)
    public Optional<FrozenPeriod> find(YearMonth month) {
        return jdbc.findFirst("select * from frozen_period where month = ?", FrozenPeriodService::period,
                month.toString());
    }

    @Transactional(SUPPORTS)
    public List<FrozenPeriod> listAll() {
        return jdbc.list("select * from frozen_period order by month", FrozenPeriodService::period);
    }

    /** The frozen months that share at least one day with [from, to) ({@code to} null = open), in order. */
    @Transactional(SUPPORTS)
    public List<String> frozenMonthsWithin(LocalDate from, LocalDate to) {
        String first = YearMonth.from(from).toString();
        String last = to == null ? "9999-12" : YearMonth.from(to.minusDays(1)).toString();
        return jdbc.list("select month from frozen_period where month between ? and ? order by month",
                row -> row.getString(1), first, last);
    }

    private static FrozenPeriod period(ResultSet row) throws SQLException {
        return new FrozenPeriod(row.getString("month"), row.getObject("frozen_at", OffsetDateTime.class).toInstant(),
                row.getString("frozen_by"));
    }
}
