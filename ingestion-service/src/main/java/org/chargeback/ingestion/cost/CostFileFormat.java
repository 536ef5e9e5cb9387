package org.chargeback.ingestion.cost;

import org.chargeback.support.problem.ProblemException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** How an uploaded cost file is encoded: from the Content-Type, falling back to its first bytes. */
enum CostFileFormat {
    CSV("csv"), GZIP_CSV("csv+gzip"), PARQUET("parquet");

    final String label;

    CostFileFormat(String label) {
        this.label = label;
    }

    /**
     * A gzip stream starts with 1F 8B whatever it was labelled (a CSV never does); a Parquet file starts with PAR1.
     * text/csv is CSV; application/gzip, application/x-gzip or a .gz file name is gzip; otherwise the bytes decide.
     */
    static CostFileFormat detect(BufferedInputStream in, String mediaType, String fileName) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        boolean gzipBytes = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        boolean parquetBytes = magic.length == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
        String type = mediaType == null ? "" : mediaType.toLowerCase();
        if (parquetBytes) {
            return PARQUET;
        }
        if (type.contains("parquet")) {
            throw new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                    "The file is labelled Parquet but does not start with the Parquet magic bytes PAR1");
        }
        if (gzipBytes) {
            return GZIP_CSV;
        }
        if (type.contains("gzip") || (fileName != null && fileName.endsWith(".gz"))) {
            throw new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                    "The file is labelled gzip but its bytes are not gzip-compressed");
        }
        return CSV;
    }

    /**
     * The rows of the file. CSV streams; Parquet keeps its index at the end of the file, so the upload is first
     * spooled to {@code spool} (disk, not memory) and read row group by row group.
     */
    CostRows open(InputStream in, java.nio.file.Path spool) throws IOException {
        return switch (this) {
            case CSV -> new ByteCsvReader(in);
            case GZIP_CSV -> new ByteCsvReader(new GZIPInputStream(in, 1 << 16));
            case PARQUET -> {
                java.nio.file.Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                yield ParquetCostRows.open(spool);
            }
        };
    }
}
