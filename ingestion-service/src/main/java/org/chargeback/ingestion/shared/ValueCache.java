package org.chargeback.ingestion.shared;

import java.util.Arrays;

/**
 * A bounded map from values read to what was made of them (a parsed instant, a shared instance), for the few
 * thousand values a file or a request repeats millions of times: open addressing with linear probing, the index taken
 * from the high bits of the hash times the golden ratio. Once {@code limit} values are held, new ones are not kept.
 * (It replaced HashMaps whose lookups showed as {@code HashMap$TreeNode} frames in JFR profiles; a HashMap of the same
 * keys turned out to have no tree bins, so those frames were the JIT's inlining, and the measured gain is small.)
 */
public final class ValueCache<K, V> {

    private final int limit;
    private Object[] keys = new Object[64];
    private Object[] values = new Object[64];
    private int shift = Integer.SIZE - 6;
    private int size;

    public ValueCache(int limit) {
        this.limit = limit;
    }

    /** The value kept for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        int mask = keys.length - 1;
        for (int i = index(key); ; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return (V) values[i];
            }
        }
    }

    /** Keeps {@code value} for {@code key} unless the cache is full; a key kept already keeps its value. */
    public void put(K key, V value) {
        if (size >= limit) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = index(key); ; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (k.equals(key)) {
                return;
            }
        }
    }

    public int size() {
        return size;
    }

    private int index(Object key) {
        return (key.hashCode() * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = index(oldKeys[j]);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
