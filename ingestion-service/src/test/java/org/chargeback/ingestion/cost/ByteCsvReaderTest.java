package org.chargeback.ingestion.cost;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain JUnit, differential: the byte reader returns the records Jackson's CSV parser (the reader before it) returns,
 * and the same errors, on tricky files and on random ones, whatever the chunks the bytes arrive in.
 */
class ByteCsvReaderTest {

    private static final String BOM = "\uFEFF";

    private static final List<String> TRICKY = List.of(
            "a,b,c\n1,2,3\n",
            "a,b,c\n1,2,3",
            "a,b,c\r\n1,2,3\r\n4,5,6",
            BOM + "a,b,c\n1,2,3\n",
            BOM + BOM + "a,b,c\n1,2,3\n",
            "a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n",
            "a,b\n\"line\nbreak\",2\n",
            "a,b\n\"line\r\nbreak\",2\r\n",
            "a,b\n,\n\"\",\"\"\n",
            "a,b\n1,2\n\n3,4\n",
            "a,b\n1,2\n\n\n",
            "a,b\n1,2\n   \n3,4\n",
            "a,b\n1,2,\n3,4\n",
            "a,b\n1,2\r3,4\n",
            "a,b\n1,\"2\n",
            "a,b\n1,\"2\"x\n",
            "a,b\n1,2\"3\n",
            "a,b\n 1 , \"2\" \n",
            "a,b\nSão Paulo,€ 5\n\"ü,ß\",\"日本\"\"語\"\n",
            "a\n1\n2\n",
            "a,b\n",
            "",
            BOM,
            "\n\na,b\n1,2\n",
            "a,b\n1,2\n3\n4,5,6\n",
            "a,b\n\"\"\"\",\"\"\n",
            "a,b\n1,NULL\n1.5E-7,-0\n",
            "a,b\n\"{\"\"k\"\": \"\"v\"\"}\",x\n",
            "a,b\n\"unclosed,2\n3,4\n");

    @Test
    void shouldReadTrickyFilesAsJacksonDoes() throws IOException {
        for (String file : TRICKY) {
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
                assertSame(bytes, chunk, file);
            }
        }
    }

    @Test
    void shouldReadTheRealAwsSampleAsJacksonDoes() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/focus/focus_sample_aws.csv"));
        assertSame(bytes, 1 << 16, "AWS sample");
        assertSame(bytes, 1000, "AWS sample");
        ByteCsvReader reader = new ByteCsvReader(new ByteArrayInputStream(bytes));
        assertThat(read(reader)).hasSize(926 + 1);
        assertThat(reader.fastPathOnly()).as("the AWS sample needs no hand-over to Jackson").isTrue();
    }

    @Test
    void shouldReadManyRowsAcrossBufferBoundariesAndLongRecords() throws IOException {
        StringBuilder file = new StringBuilder("BilledCost,Tags,x_Note\n");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            file.append(random.nextInt(1000)).append('.').append(random.nextInt(100)).append(",\"{\"\"bu\"\": \"\"bu-")
                    .append(i % 40).append("\"\"}\",note ").append(i % 3 == 0 ? "\"\"" : "").append(i).append('\n');
        }
        file.append("1,\"").append("x".repeat(ByteCsvReader.MAX_RECORD + 10)).append("\",y\n2,3,4\n");
        byte[] bytes = file.toString().replace("note \"\"", "\"note \"\"\"").getBytes(StandardCharsets.UTF_8);
        assertSame(bytes, 1 << 16, "many rows");
        assertSame(bytes, 4099, "many rows");
    }

    @Test
    void shouldReadRandomFilesAsJacksonDoes() throws IOException {
        String[] tokens = {"a", "bc", "1.5", ",", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "é", "日", BOM, "\t", "NULL",
                "#", "\u0000", "\u000B", "\\", "'", "{\"\"k\"\":1}"};
        Random random = new Random(42);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder file = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) file.append(tokens[random.nextInt(tokens.length)]);
            byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
            assertSame(bytes, 1 + random.nextInt(8), file.toString());
        }
    }

    /** Files of well-formed records (the fast path's), now and then one of another shape (handed to Jackson). */
    @Test
    void shouldReadRandomWellFormedFilesAsJacksonDoes() throws IOException {
        String[] values = {"", "\"\"", "a", "12.50", "-1.5E-7", "2026-10-01T00:00:00Z", "x y", "São", "日本", "NULL",
                "\"a,b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"{\"\"k\"\": \"\"v\"\"}\"", "\"\"\"\"", "\"é,\"\"\"",
                "tail ", "a\tb", "#1", "x\\y"};
        String[] odd = {"\n", " a", "\"a\" ", "a\"b", "\r", ","};
        Random random = new Random(4);
        for (int n = 0; n < 3000; n++) {
            StringBuilder file = new StringBuilder(random.nextInt(4) == 0 ? BOM : "");
            int columns = 2 + random.nextInt(4);
            int rows = random.nextInt(8);
            String newline = random.nextBoolean() ? "\n" : "\r\n";
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (c > 0) file.append(',');
                    file.append(random.nextInt(40) == 0 ? odd[random.nextInt(odd.length)] : values[random.nextInt(values.length)]);
                }
                if (r < rows || random.nextBoolean()) file.append(newline);
            }
            byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
            assertSame(bytes, 1 + random.nextInt(20), file.toString());
        }
    }

    @Test
    void shouldReadInvalidUtf8AsJacksonDoes() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("a,b\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xE2, ',', (byte) 0xC3, (byte) 0x28, '\n', '"', (byte) 0xFF, '"', ',', 'x', '\n'});
        assertSame(file.toByteArray(), 1 << 16, "invalid UTF-8");
    }

    /** The importer reads the body to its end after the last record (for its hash): it must still be open then. */
    @Test
    void shouldLeaveTheBodyOpenUntilClosedAfterAHandOver() throws IOException {
        ByteArrayInputStream body = new ByteArrayInputStream("a,b\n1,2\n\n3,4\n".getBytes(StandardCharsets.UTF_8));
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        ByteCsvReader reader = new ByteCsvReader(new FilterInputStream(body) {
            @Override
            public void close() {
                closed.set(true);
            }
        });
        ImportFindings findings = new ImportFindings(100, false);
        int records = 0;
        while (reader.next(records + 1, findings) != null) records++;
        assertThat(records).isEqualTo(3);
        assertThat(reader.fastPathOnly()).isFalse();
        assertThat(closed).isFalse();
        reader.close();
        assertThat(closed).isTrue();
    }

    private static void assertSame(byte[] file, int chunk, String description) throws IOException {
        assertThat(read(new ByteCsvReader(chunked(file, chunk))))
                .as("%s in chunks of %d", description, chunk)
                .isEqualTo(read(new FocusCsvReader(new ByteArrayInputStream(file))));
    }

    /** Every record, then the errors found. */
    private static List<Object> read(CostRows reader) throws IOException {
        ImportFindings findings = new ImportFindings(100, false);
        List<Object> read = new ArrayList<>();
        try (reader) {
            long row = 1;
            String[] record;
            while ((record = reader.next(row, findings)) != null) {
                read.add(Arrays.asList(record));
                row++;
            }
        }
        read.add(findings.errors());
        return read;
    }

    private static InputStream chunked(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
