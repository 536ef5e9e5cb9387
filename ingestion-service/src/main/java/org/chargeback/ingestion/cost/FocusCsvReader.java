package org.chargeback.ingestion.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Streams the records of a CSV file one at a time (bounded memory whatever the file size): RFC 4180 quoting with
 * embedded commas, quotes and newlines, CRLF or LF, an optional UTF-8 byte order mark.
 */
final class FocusCsvReader implements CostRows {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the importer reads the body to its end for the hash
            .build();

    private final Reader reader;
    private final MappingIterator<String[]> records;

    FocusCsvReader(InputStream in) throws IOException {
        this(in, true);
    }

    /** {@code fileStart}: {@code in} is the whole file (a byte order mark is skipped), not its rest after some records. */
    FocusCsvReader(InputStream in, boolean fileStart) throws IOException {
        BufferedReader buffered = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.reader = fileStart ? skipByteOrderMark(buffered) : buffered;
        this.records = CSV.readerFor(String[].class).readValues(reader);
    }

    /**
     * The next record, or null at the end of the file. A record that is not valid CSV (an unclosed quote, say) is
     * reported on {@code row} and ends the reading: nothing after it can be trusted.
     */
    @Override
    public String[] next(long row, ImportFindings findings) throws IOException {
        try {
            return records.hasNextValue() ? records.nextValue() : null;
        } catch (JsonProcessingException e) {
            findings.error(row, null, null, "the file is not valid CSV here: " + e.getOriginalMessage());
            return null;
        }
    }

    private static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    @Override
    public void close() throws IOException {
        records.close();
        reader.close();
    }
}
