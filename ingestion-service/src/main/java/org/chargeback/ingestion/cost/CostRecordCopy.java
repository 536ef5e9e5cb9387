package org.chargeback.ingestion.cost;

import org.chargeback.ingestion.shared.BinaryCopy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Streams parsed rows into cost_record with COPY in PostgreSQL's binary format ({@link BinaryCopy}): date-times go as
 * microseconds and decimals as base-10000 digit groups, so the server does not parse text into timestamptz and
 * numeric for every cell (that parsing was a good part of the typed COPY's cost). Decimals are converted from the
 * text the importer validated, digit by digit: exactly the value written in the file, with its scale. A copy can be
 * finished and resumed (the importer writes rollup rows in between, on the same connection and transaction).
 */
final class CostRecordCopy {

    private static final CostColumn[] COLUMNS = CostColumn.values();
    private static final int FIELDS = 2 + COLUMNS.length + 2;

    private final BinaryCopy copy;
    private final byte[] importId = new byte[16];

    CostRecordCopy(Connection connection, UUID importId) {
        this.copy = new BinaryCopy(connection, "COPY cost_record (" + columnList() + ") FROM STDIN");
        long high = importId.getMostSignificantBits();
        long low = importId.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            this.importId[i] = (byte) (high >>> (56 - 8 * i));
            this.importId[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
    }

    static String columnList() {
        StringBuilder columns = new StringBuilder("import_id, row_number");
        for (CostColumn column : COLUMNS) {
            columns.append(", ").append(column.dbColumn);
        }
        return columns.append(", extra_columns, x_columns").toString();
    }

    void write(CostRowParser.ParsedRow row) throws SQLException {
        copy.row(FIELDS);
        copy.bytes(importId); // a uuid: its 16 bytes
        copy.int8(row.row);
        for (CostColumn column : COLUMNS) {
            String value = row.values[column.ordinal()];
            if (value == null) {
                copy.nul();
            } else if (column.kind == CostColumn.Kind.DATETIME) {
                copy.timestamptz(BinaryCopy.micros(row.instants[column.ordinal()]));
            } else if (column.kind == CostColumn.Kind.DECIMAL) {
                copy.numeric(value);
            } else {
                copy.text(value);
            }
        }
        copy.text(row.extraColumns);
        copy.text(row.xColumns);
    }

    /** Ends the COPY (the rows are in the transaction); the next {@link #write} starts another. */
    void finish() throws SQLException {
        copy.finish();
    }

    /** Abandons a COPY in progress, if any (the import failed; the transaction rolls back). */
    void cancel() throws SQLException {
        copy.close();
    }
}
