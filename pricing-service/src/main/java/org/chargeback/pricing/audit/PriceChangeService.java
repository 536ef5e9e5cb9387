package org.chargeback.pricing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.shared.Jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The audit trail of the price book. Every change is recorded in the transaction that makes it, so a change without
 * its audit row cannot exist.
 */
@ApplicationScoped
public class PriceChangeService {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    PriceChangeService(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change; {@code before} and {@code after} are API views (written as the API shows them). */
    @Transactional(MANDATORY)
    public void record(String kind, String product, UUID priceVersionId, Object before, Object after,
                       String changedBy, String reason, boolean retroactive, List<String> affectedMonths) {
        jdbc.findFirst("""
                        insert into price_change (kind, product_code, price_version_id, before_state, after_state,
                                                  changed_by, reason, retroactive, affected_months)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, string_to_array(?, ','))
                        returning seq
                        """, row -> row.getLong(1),
                kind, product, priceVersionId, write(before), write(after), changedBy, reason, retroactive,
                String.join(",", affectedMonths));
        if (retroactive) {
            Log.warnf("Retroactive correction of %s in frozen month(s) %s by %s", product, affectedMonths, changedBy);
        }
    }

    /** Changes made after {@code since} (all when null), oldest first; only retroactive ones if asked. */
    @Transactional(SUPPORTS)
    public List<PriceChange> listSince(Instant since, boolean retroactiveOnly) {
        return jdbc.list("""
                        select * from price_change
                        where changed_at > coalesce(?, '-infinity'::timestamptz) and (not ? or retroactive)
                        order by seq
                        """, this::change,
                since == null ? null : since.atOffset(ZoneOffset.UTC), retroactiveOnly);
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("Audit state cannot be written as JSON", e);
        }
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }

    private PriceChange change(ResultSet row) throws SQLException {
        Array months = row.getArray("affected_months");
        return new PriceChange(row.getLong("seq"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
                row.getString("kind"), row.getString("product_code"), row.getObject("price_version_id", UUID.class),
                read(row.getString("before_state")), read(row.getString("after_state")), row.getString("changed_by"),
                row.getString("reason"), row.getBoolean("retroactive"),
                months == null ? List.of() : Arrays.stream((Object[]) months.getArray()).map(String::valueOf)
                        .filter(s -> !s.isEmpty()).toList());
    }
}
