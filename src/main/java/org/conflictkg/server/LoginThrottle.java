package org.conflictkg.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address: after {@code maxFailures} within a window, that address
 * waits until the window ends. Successful logins are never delayed; the table is bounded and
 * forgets old addresses.
 */
final class LoginThrottle {
    private static final int MAX_ADDRESSES = 10_000;
    private final int maxFailures;
    private final long windowMs;
    private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();

    private record Failures(long since, int count) {}

    LoginThrottle(int maxFailures, long windowMs) {
        this.maxFailures = maxFailures;
        this.windowMs = windowMs;
    }

    /** Seconds this address must wait before trying again, 0 when it may try now. */
    long secondsToWait(String address) {
        Failures f = byAddress.get(address);
        long now = System.currentTimeMillis();
        if (f == null || now - f.since() >= windowMs || f.count() < maxFailures) return 0;
        return Math.max(1, (f.since() + windowMs - now + 999) / 1000);
    }

    void failed(String address) {
        long now = System.currentTimeMillis();
        if (byAddress.size() >= MAX_ADDRESSES) byAddress.values().removeIf(f -> now - f.since() >= windowMs);
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) return;  // flood from many addresses
        byAddress.merge(address, new Failures(now, 1),
                (old, one) -> now - old.since() >= windowMs ? one : new Failures(old.since(), old.count() + 1));
    }
}
