package org.chargeback.ingestion.cost;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.chargeback.support.problem.ProblemException;
import org.chargeback.ingestion.shared.IngestionConfig;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Imports FOCUS cost files: streams the rows straight into PostgreSQL COPY while validating them, all in one
 * transaction, so a file is stored whole or not at all, in bounded memory whatever its size.
 */
@ApplicationScoped
public class CostImportService {

    public record ImportOutcome(CostImportView costImport, boolean created) {
    }

    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final CostImportRepository imports;
    private final int maxReportedErrors;

    CostImportService(DataSource dataSource, TransactionManager transactions, CostImportRepository imports,
                      IngestionConfig config) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.imports = imports;
        this.maxReportedErrors = config.costs().maxReportedErrors();
    }

    /**
     * Stores every row of a FOCUS CSV file, or none: any error rejects the whole file with a 422 listing the first
     * errors (row, column, value, rule) and the total count. The same bytes imported again return the earlier import.
     */
    @Transactional
    public ImportOutcome importCsv(InputStream body, String fileName) {
        UUID importId = UUID.randomUUID();
        ImportErrors errors = new ImportErrors(maxReportedErrors);
        MessageDigest sha256 = sha256();
        PGCopyOutputStream copy = null;
        try (Connection connection = dataSource.getConnection();
             DigestInputStream in = new DigestInputStream(body, sha256);
             FocusCsvReader reader = new FocusCsvReader(in)) {
            String[] header = reader.next(1, errors);
            if (header == null) {
                throw rejected(errors.any() ? errors : noRows(errors), "The file has no header row");
            }
            CostRowParser parser = CostRowParser.forHeader(header, errors);
            if (parser == null) {
                throw rejected(errors, "The header is not a FOCUS 1.x cost and usage header");
            }
            copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "COPY cost_record (" + CostRowParser.copyColumnList() + ") FROM STDIN", 1 << 16);
            Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            String id = importId.toString();
            long row = 1;
            String[] fields;
            while ((fields = reader.next(row + 1, errors)) != null) {
                row++;
                String line = parser.toCopyLine(id, row, fields, errors);
                // After the first error keep validating (the user sees every problem at once) but stop copying.
                if (line != null && !errors.any()) {
                    out.write(line);
                    out.write('\n');
                }
            }
            long rowCount = row - 1;
            if (errors.any()) {
                throw rejected(errors, "The file has errors; nothing was stored");
            }
            if (rowCount == 0) {
                throw rejected(noRows(errors), "The file has no cost rows");
            }
            out.flush();
            copy.endCopy();
            in.transferTo(OutputStream.nullOutputStream()); // hash every byte, even after the last record
            String hash = HexFormat.of().formatHex(sha256.digest());
            if (!imports.insertIfNew(connection, importId, hash, fileName, parser.focusVersion(), rowCount)) {
                // Same bytes as an earlier import: answer with it and keep nothing of this attempt.
                transactions.setRollbackOnly();
                Log.infof("Cost file %s (sha256 %s) was imported before; nothing stored", fileName, hash);
                return new ImportOutcome(imports.findBySha256(connection, hash).orElseThrow(), false);
            }
            Log.infof("Imported cost file %s as %s: %d rows, FOCUS %s", fileName, importId, rowCount, parser.focusVersion());
            return new ImportOutcome(imports.findById(connection, importId).orElseThrow(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded cost file failed", e);
        } catch (SQLException | SystemException e) {
            throw new IllegalStateException("Storing the cost file failed", e);
        } finally {
            cancelIfActive(copy);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostImportView find(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            return imports.findById(connection, id).orElseThrow(() -> ProblemException.notFound("Cost import", id.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading cost import " + id + " failed", e);
        }
    }

    private static ImportErrors noRows(ImportErrors errors) {
        errors.add(2, null, null, "the file must have a header row and at least one cost row");
        return errors;
    }

    private static ProblemException rejected(ImportErrors errors, String detail) {
        return new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                detail + " (" + errors.total() + (errors.total() == 1 ? " error" : " errors") + ")", errors.kept())
                .with("totalErrors", errors.total());
    }

    private static void cancelIfActive(PGCopyOutputStream copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                Log.debugf(e, "Cancelling COPY after a failed import");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
