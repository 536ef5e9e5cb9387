package org.chargeback.deploy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the service's used heap (eden + survivors + old, from jstat) until stopped; returns the peak in KiB. */
public final class HeapWatch {
    private final Process jstat;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread reader;

    private HeapWatch(Process jstat) {
        this.jstat = jstat;
        this.reader = new Thread(this::read, "heap-watch");
        reader.setDaemon(true);
        reader.start();
    }

    public static HeapWatch start(long pid) throws IOException {
        return new HeapWatch(new ProcessBuilder("jstat", "-gc", Long.toString(pid), "100").redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            String[] names = null;
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 0 && fields[0].equals("S0C")) {
                    names = fields;
                    continue;
                }
                if (names == null || fields.length != names.length) continue;
                double used = 0;
                for (int i = 0; i < names.length; i++) {
                    if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) used += Double.parseDouble(fields[i]);
                }
                peakKb.accumulateAndGet((long) used, Math::max);
            }
        } catch (IOException | NumberFormatException ignored) {
            // the watch ends with jstat
        }
    }

    public long stop() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
        return peakKb.get();
    }
}
