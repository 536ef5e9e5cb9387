package org.chargeback.ingestion.cost;

import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of a Parquet cost file (read with Apache parquet-java, one row group in memory at a time), rendered as the
 * text a CSV would hold so that one validator serves both formats: DECIMAL exactly, timestamps as ISO 8601 UTC,
 * DATE as a date, DOUBLE through its shortest decimal form. Row numbers follow the CSV convention (first row = 2).
 */
final class ParquetCostRows implements CostRows {

    private static final long JULIAN_EPOCH_DAY = 2_440_588L; // Julian day of 1970-01-01, for legacy INT96 timestamps

    private final ParquetFileReader reader;
    private final MessageType schema;
    private final MessageColumnIO columnIO;
    private boolean headerSent;
    private RecordReader<Group> records;
    private long left;

    private ParquetCostRows(ParquetFileReader reader) {
        this.reader = reader;
        this.schema = reader.getFooter().getFileMetaData().getSchema();
        this.columnIO = new ColumnIOFactory().getColumnIO(schema);
    }

    static ParquetCostRows open(Path file) throws IOException {
        try {
            return new ParquetCostRows(ParquetFileReader.open(new LocalInputFile(file)));
        } catch (RuntimeException e) { // parquet-java says "not a Parquet file" with a plain RuntimeException
            throw new IOException("not a readable Parquet file (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String[] next(long row, ImportFindings findings) throws IOException {
        if (!headerSent) {
            headerSent = true;
            List<Type> fields = schema.getFields();
            String[] header = new String[fields.size()];
            for (int i = 0; i < header.length; i++) {
                header[i] = fields.get(i).getName();
                if (!fields.get(i).isPrimitive()) {
                    findings.error(1, header[i], null, "nested Parquet columns are not supported; FOCUS columns are flat "
                            + "(write Tags as a JSON string)");
                }
            }
            return findings.hasErrors() ? null : header;
        }
        try {
            return nextRow();
        } catch (RuntimeException e) {
            throw new IOException("the Parquet data cannot be decoded near row " + row + " (" + e.getMessage() + ")", e);
        }
    }

    private String[] nextRow() throws IOException {
        while (left == 0) {
            PageReadStore rowGroup = reader.readNextRowGroup();
            if (rowGroup == null) {
                return null;
            }
            left = rowGroup.getRowCount();
            records = columnIO.getRecordReader(rowGroup, new GroupRecordConverter(schema));
        }
        left--;
        return render(records.read());
    }

    private String[] render(Group group) {
        String[] fields = new String[schema.getFieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = group.getFieldRepetitionCount(i) == 0 ? "" : value(group, i, schema.getType(i).asPrimitiveType());
        }
        return fields;
    }

    private static String value(Group group, int i, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        int scale = logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d ? d.getScale() : -1;
        switch (type.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> {
                Binary binary = group.getBinary(i, 0);
                return scale >= 0 ? new BigDecimal(new BigInteger(binary.getBytes()), scale).toPlainString()
                        : binary.toStringUsingUTF8();
            }
            case INT32 -> {
                int v = group.getInteger(i, 0);
                if (scale >= 0) return BigDecimal.valueOf(v, scale).toPlainString();
                if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) return LocalDate.ofEpochDay(v).toString();
                return Integer.toString(v);
            }
            case INT64 -> {
                long v = group.getLong(i, 0);
                if (scale >= 0) return BigDecimal.valueOf(v, scale).toPlainString();
                if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
                    Instant instant = switch (t.getUnit()) {
                        case MILLIS -> Instant.ofEpochMilli(v);
                        case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
                        case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
                    };
                    return instant.toString();
                }
                return Long.toString(v);
            }
            case INT96 -> {
                ByteBuffer bytes = group.getInt96(i, 0).toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                long nanosOfDay = bytes.getLong();
                long julianDay = Integer.toUnsignedLong(bytes.getInt());
                return Instant.ofEpochSecond((julianDay - JULIAN_EPOCH_DAY) * 86_400L).plusNanos(nanosOfDay).toString();
            }
            // A provider that writes money as a binary float already lost digits; its shortest decimal form is the
            // closest reading of what it meant.
            case DOUBLE -> {
                return BigDecimal.valueOf(group.getDouble(i, 0)).toPlainString();
            }
            case FLOAT -> {
                return new BigDecimal(Float.toString(group.getFloat(i, 0))).toPlainString();
            }
            case BOOLEAN -> {
                return Boolean.toString(group.getBoolean(i, 0));
            }
            default -> throw new IllegalStateException("unknown Parquet type " + type);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
