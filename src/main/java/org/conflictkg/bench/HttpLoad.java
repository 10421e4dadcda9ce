package org.conflictkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load on loopback: {@code clients} threads each send the next request as soon
 * as the previous one is answered, for a fixed time; requests/s and latency percentiles result.
 * Bounded in time and count, and aimed only at the server this process started.
 */
public final class HttpLoad {
    /** What one target measured. */
    public record Result(String name, long requests, long errors, double seconds, double requestsPerSecond,
                         double p50Ms, double p99Ms) {}

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int clients;
    private final Duration duration;

    public HttpLoad(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    public Result run(String name, URI uri, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 20; i++) http.send(req, HttpResponse.BodyHandlers.discarding()); // warm the path and the JIT
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++)
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end && n < 5_000_000) {
                    long s = System.nanoTime();
                    HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) errors.incrementAndGet();
                    if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                    lat[n++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(lat, n);
            }));
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) parts.add(f.get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), seconds, all.length / seconds,
                percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
