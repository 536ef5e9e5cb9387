package org.chargeback.ingestion.cost;

import java.io.IOException;

/** The records of a cost file, header first, one at a time, whatever its format. */
interface CostRows extends AutoCloseable {

    /** The next record (the header on the first call), or null at the end; unreadable data is reported on {@code row}. */
    String[] next(long row, ImportFindings findings) throws IOException;

    @Override
    void close() throws IOException;
}
