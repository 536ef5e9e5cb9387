package org.chargeback.ingestion.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and validates a cost file's rows on a thread of its own while the importing thread writes the previous
 * ones (COPY, rollup, totals): CSV decoding and checking overlap with encoding and PostgreSQL instead of taking
 * turns. Valid rows travel in a few recycled batches, so memory stays bounded. As before, rows are handed over
 * only until the first error (the file will be rejected; validation goes on so every error is reported).
 */
final class ParsingThread implements AutoCloseable {

    /** Rows filled by the parsing thread, read by the importing thread, then handed back. */
    static final class Batch {
        final CostRowParser.ParsedRow[] rows;
        int size;

        Batch(int capacity) {
            rows = new CostRowParser.ParsedRow[capacity];
            for (int i = 0; i < capacity; i++) rows[i] = new CostRowParser.ParsedRow();
        }
    }

    private static final int BATCHES = 4;
    private static final int BATCH_ROWS = 256;
    private static final int PROGRESS_EVERY = 10_000;
    private static final Batch END = new Batch(0);

    private final CostRows reader;
    private final CostRowParser parser;
    private final ImportFindings findings;
    private final AtomicLong progress;
    private final BlockingQueue<Batch> filled = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    // Written by the parsing thread before it queues END; read after END is taken (the queue orders them).
    private Throwable failure;
    private long rowCount;
    private long parseNanos;

    ParsingThread(CostRows reader, CostRowParser parser, ImportFindings findings, AtomicLong progress, String name) {
        this.reader = reader;
        this.parser = parser;
        this.findings = findings;
        this.progress = progress;
        for (int i = 0; i < BATCHES; i++) free.add(new Batch(BATCH_ROWS));
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long row = 1;
        long nanos = 0;
        try {
            Batch batch = free.take();
            String[] fields;
            while ((fields = reader.next(row + 1, findings)) != null) {
                row++;
                long start = System.nanoTime();
                boolean valid = parser.parse(row, fields, findings, batch.rows[batch.size]);
                nanos += System.nanoTime() - start;
                if (valid && !findings.hasErrors() && ++batch.size == BATCH_ROWS) {
                    filled.put(batch);
                    batch = free.take();
                }
                if (row % PROGRESS_EVERY == 0) progress.set(row - 1);
            }
            if (batch.size > 0) filled.put(batch);
        } catch (Throwable t) {
            failure = t;
        } finally {
            rowCount = row - 1;
            parseNanos = nanos;
            filled.offer(END); // room is always left for it
        }
    }

    /** The next batch of valid rows, or null when the file is read (or the parsing thread failed: thrown here). */
    Batch next() throws IOException {
        Batch batch;
        try {
            batch = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing a cost file", e);
        }
        if (batch != END) return batch;
        filled.offer(END); // later calls see the end too
        if (failure instanceof IOException e) throw e;
        if (failure instanceof UncheckedIOException e) throw e.getCause();
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        if (failure != null) throw new IllegalStateException("Reading the cost file failed", failure);
        return null;
    }

    void recycle(Batch batch) {
        batch.size = 0;
        free.offer(batch);
    }

    /** Data rows read (valid or not); final once {@link #next} returned null. */
    long rowCount() {
        return rowCount;
    }

    long parseNanos() {
        return parseNanos;
    }

    /** Stops the parsing thread if the import ends early (a failed COPY, say). */
    @Override
    public void close() {
        if (thread.isAlive()) thread.interrupt();
    }
}
