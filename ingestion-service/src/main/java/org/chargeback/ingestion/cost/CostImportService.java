package org.chargeback.ingestion.cost;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.ingestion.shared.IngestionConfig;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports FOCUS cost files: streams the rows straight into PostgreSQL COPY while validating them, all in one
 * transaction, so a file is stored whole or not at all, in bounded memory whatever its size. Each
 * (BillingAccountId, BillingPeriodStart) scope the file covers gets a new revision that supersedes the earlier one.
 */
@ApplicationScoped
public class CostImportService {

    public record ImportOutcome(CostImportView costImport, boolean created) {
    }

    private record Scope(String billingAccountId, Instant billingPeriodStart) implements Comparable<Scope> {
        @Override
        public int compareTo(Scope o) {
            int byPeriod = billingPeriodStart.compareTo(o.billingPeriodStart);
            return byPeriod != 0 ? byPeriod : billingAccountId.compareTo(o.billingAccountId);
        }
    }

    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final CostImportRepository imports;
    private final RunningImports running;
    private final CostPartitions partitions;
    private final int maxReportedErrors;
    private final int rollupGroups;

    CostImportService(DataSource dataSource, TransactionManager transactions, CostImportRepository imports,
                      RunningImports running, CostPartitions partitions, IngestionConfig config) {
        this.rollupGroups = config.costs().rollupGroupsInMemory();
        this.partitions = partitions;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.imports = imports;
        this.running = running;
        this.maxReportedErrors = config.costs().maxReportedErrors();
    }

    /**
     * Stores every row of a FOCUS file (CSV, or gzip-compressed CSV), or none: any error rejects the whole file with
     * a 422 listing the first errors (row, column, value, rule) and the total count. Deviations from the spec that
     * can be read unambiguously are normalised and reported as warnings, or rejected when {@code strict}. The same
     * bytes imported again return the earlier import. Answers when the import is done (no 202).
     */
    @Transactional
    // A provider file can take minutes to copy: the transaction manager's default timeout (60 s) would roll it back.
    @TransactionConfiguration(timeout = 14_400, timeoutFromConfigProperty = "ingestion.bulk-transaction-timeout")
    public ImportOutcome importFile(InputStream body, String mediaType, String fileName, boolean strict) {
        long started = System.nanoTime();
        UUID importId = UUID.randomUUID();
        AtomicLong progress = running.start(importId, fileName);
        ImportFindings findings = new ImportFindings(maxReportedErrors, strict);
        MessageDigest sha256 = sha256();
        CostRecordCopy copy = null;
        java.nio.file.Path spool = null;
        try (Connection connection = dataSource.getConnection();
             DigestInputStream raw = new DigestInputStream(body, sha256);
             BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
            CostFileFormat format = CostFileFormat.detect(buffered, mediaType, fileName);
            if (format == CostFileFormat.PARQUET) {
                spool = java.nio.file.Files.createTempFile("cost-import-" + importId, ".parquet");
            }
            try (CostRows reader = format.open(buffered, spool)) {
                String[] header = reader.next(1, findings);
                if (header == null) {
                    throw rejected(findings.hasErrors() ? findings : noRows(findings), "The file has no header row");
                }
                CostRowParser parser = CostRowParser.forHeader(header, findings);
                if (parser == null) {
                    throw rejected(findings, "The header is not a FOCUS 1.x cost and usage header");
                }
                Map<String, CostTotal> totals = new TreeMap<>();
                Map<Scope, Long> rowsPerScope = new TreeMap<>();
                DailyRollup rollup = new DailyRollup(importId, rollupGroups);
                long rowCount;
                long parseNanos;
                // Rows are read and validated on a second thread; this one (the transaction's) stores them.
                try (ParsingThread parsing = new ParsingThread(reader, parser, findings, progress, "cost-import-" + importId)) {
                    ParsingThread.Batch batch;
                    while ((batch = parsing.next()) != null) {
                        for (int i = 0; i < batch.size; i++) {
                            CostRowParser.ParsedRow parsed = batch.rows[i];
                            if (copy == null) { // the first row tells which month's partition the file needs
                                partitions.ensureMonth(parsed.billingPeriodStart());
                                copy = new CostRecordCopy(connection, importId);
                            }
                            if (rollup.full()) { // bounded memory: write the rollup so far between two COPYs of rows
                                copy.finish();
                                rollup.flush(connection);
                            }
                            copy.write(parsed);
                            rollup.add(parsed);
                            tally(parsed, totals, rowsPerScope);
                        }
                        parsing.recycle(batch);
                    }
                    rowCount = parsing.rowCount();
                    parseNanos = parsing.parseNanos();
                }
                if (findings.hasErrors()) {
                    throw rejected(findings, "The file has errors; nothing was stored");
                }
                if (rowCount == 0) {
                    throw rejected(noRows(findings), "The file has no cost rows");
                }
                copy.finish();
                rollup.flush(connection);
                long copied = System.nanoTime();
                buffered.transferTo(OutputStream.nullOutputStream()); // hash every byte, even after the last record
                String hash = HexFormat.of().formatHex(sha256.digest());
                CostImportRepository.NewImport newImport = new CostImportRepository.NewImport(importId, hash, fileName,
                        format.label, parser.focusVersion(), strict, rowCount, List.copyOf(totals.values()), findings.warnings());
                if (!imports.insertIfNew(connection, newImport)) {
                    // Same bytes as an earlier import: answer with it and keep nothing of this attempt.
                    transactions.setRollbackOnly();
                    Log.infof("Cost file %s (sha256 %s) was imported before; nothing stored", fileName, hash);
                    return new ImportOutcome(imports.findBySha256(connection, hash).orElseThrow(), false);
                }
                for (Map.Entry<Scope, Long> scope : rowsPerScope.entrySet()) { // TreeMap: a fixed lock order
                    imports.recordRevision(connection, importId, scope.getKey().billingAccountId(),
                            scope.getKey().billingPeriodStart(), scope.getValue());
                }
                long done = System.nanoTime();
                Log.infof("Imported cost file %s as %s: %d rows, %d scopes, FOCUS %s, %s; read+copy+rollup %d ms (of which validating %d ms), revisions %d ms",
                        fileName, importId, rowCount, rowsPerScope.size(), parser.focusVersion(), format.label,
                        (copied - started) / 1_000_000, parseNanos / 1_000_000, (done - copied) / 1_000_000);
                return new ImportOutcome(imports.findById(connection, importId).orElseThrow(), true);
            }
        } catch (IOException e) {
            throw unreadable(e);
        } catch (RuntimeException e) {
            // parquet-java reports a corrupt file with unchecked exceptions of its own
            if (e.getClass().getName().startsWith("org.apache.parquet")) {
                throw new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                        "The Parquet file cannot be read: " + e.getMessage() + "; nothing was stored");
            }
            throw e;
        } catch (SQLException | SystemException e) {
            throw new IllegalStateException("Storing the cost file failed", e);
        } finally {
            cancelIfActive(copy);
            running.finish(importId);
            deleteQuietly(spool);
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

    /** Imports in progress on this instance first, then stored ones, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CostImportView> list(String billingPeriod, Integer limit) {
        Instant periodStart = billingPeriod == null || billingPeriod.isBlank() ? null
                : BillingPeriod.parse("billingPeriod", billingPeriod).start();
        int max = limit == null ? 50 : limit;
        if (max < 1 || max > 500) {
            throw ProblemException.invalidField("limit", String.valueOf(limit), "must be between 1 and 500");
        }
        try (Connection connection = dataSource.getConnection()) {
            List<CostImportView> all = new ArrayList<>(periodStart == null ? running.list() : List.of());
            all.addAll(imports.list(connection, periodStart, max));
            return all.stream().limit(max).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Listing cost imports failed", e);
        }
    }

    private static void tally(CostRowParser.ParsedRow row, Map<String, CostTotal> totals, Map<Scope, Long> rowsPerScope) {
        totals.merge(row.currency(), new CostTotal(row.currency(), row.billedCost, row.effectiveCost, 1),
                (a, b) -> new CostTotal(a.billingCurrency(), a.billedCost().add(b.billedCost()),
                        a.effectiveCost().add(b.effectiveCost()), a.rowCount() + 1));
        rowsPerScope.merge(new Scope(row.billingAccountId(), row.billingPeriodStart()), 1L, Long::sum);
    }

    /** A corrupt gzip stream or Parquet file is the client's file, not our failure. */
    private static RuntimeException unreadable(IOException e) {
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
                || e.getClass().getName().startsWith("org.apache.parquet")
                || String.valueOf(e.getMessage()).contains("Parquet")) {
            return new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                    "The file cannot be read: " + e.getMessage() + "; nothing was stored");
        }
        return new UncheckedIOException("Reading the uploaded cost file failed", e);
    }

    private static void deleteQuietly(java.nio.file.Path spool) {
        if (spool == null) return;
        try {
            java.nio.file.Files.deleteIfExists(spool);
        } catch (IOException e) {
            Log.warnf("Could not delete the import spool file %s: %s", spool, e.getMessage());
        }
    }

    private static ImportFindings noRows(ImportFindings findings) {
        findings.error(2, null, null, "the file must have a header row and at least one cost row");
        return findings;
    }

    private static ProblemException rejected(ImportFindings findings, String detail) {
        ProblemException problem = new ProblemException(422, "invalid-cost-file", "The cost file was rejected",
                detail + " (" + findings.errorCount() + (findings.errorCount() == 1 ? " error" : " errors") + ")",
                findings.errors())
                .with("totalErrors", findings.errorCount());
        List<CostImportView.ImportWarning> warnings = findings.warnings();
        return warnings.isEmpty() ? problem : problem.with("warnings", warnings);
    }

    private static void cancelIfActive(CostRecordCopy copy) {
        if (copy != null) {
            try {
                copy.cancel();
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
