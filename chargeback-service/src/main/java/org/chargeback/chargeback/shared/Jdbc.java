package org.chargeback.chargeback.shared;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** Small conversions shared by the hand-written JDBC repositories (timestamptz, money, months). */
public final class Jdbc {

    private Jdbc() {
    }

    /**
     * A condition keeping the rows of the business units a caller may see ({@code Caller.businessUnitScope()}):
     * every row for an empty scope, else those whose {@code column} is in it. Bind its two parameters with
     * {@link #setBusinessUnitScope}.
     */
    public static String inBusinessUnitScope(String column) {
        return "(? or " + column + " = any(?))";
    }

    /** Binds the two parameters of {@link #inBusinessUnitScope} from {@code index}; returns the next index. */
    public static int setBusinessUnitScope(PreparedStatement ps, int index, Optional<Set<String>> scope)
            throws SQLException {
        ps.setBoolean(index, scope.isEmpty());
        ps.setArray(index + 1, ps.getConnection().createArrayOf("text", scope.orElse(Set.of()).toArray()));
        return index + 2;
    }

    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setObject(index, date);
    }

    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static void setMoney(PreparedStatement ps, int index, Money money) throws SQLException {
        ps.setBigDecimal(index, money == null ? null : money.amount());
    }

    public static Money getMoney(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? null : new Money(amount, currency);
    }

    public static Currency getCurrency(ResultSet rs, String column) throws SQLException {
        return Currency.getInstance(rs.getString(column).trim());
    }

    public static YearMonth getMonth(ResultSet rs, String column) throws SQLException {
        return YearMonth.parse(rs.getString(column).trim());
    }

    /**
     * Writes many rows with one PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} on the caller's connection (so in
     * its transaction): a statement run writes tens of thousands of lineage rows, which row-by-row inserts made the
     * slowest part of the run.
     */
    public static long copyCsv(java.sql.Connection connection, String tableAndColumns, CharSequence csv)
            throws SQLException {
        try {
            org.postgresql.copy.CopyManager copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            return copy.copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT csv)",
                    new java.io.StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed: " + e.getMessage(), e);
        }
    }

    /** A CSV field: quoted, inner quotes doubled (JSON text, descriptions). */
    public static String csvText(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A database failure the caller cannot fix: becomes a 500 with an error id, logged once by the mapper. */
    public static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Database failure while trying to " + what + ": " + e.getMessage(), e);
    }
}
