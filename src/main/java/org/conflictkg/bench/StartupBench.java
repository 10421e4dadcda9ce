package org.conflictkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up as scripts meet it, each a new process: {@code --version}, {@code query
 * involvement-matrix} on the bundled article with an empty and with a filled cache, and {@code
 * serve} from start to its first answer, first and second start. Runs through the launcher
 * {@code bin/conflict-kg} beside the jar when there is one (as the README shows), else {@code java -jar}.
 */
public final class StartupBench {
    private StartupBench() {}

    public static Map<String, Object> run(Path jar, int repeats, Path work) throws Exception {
        List<String> cmd = command(jar);
        Path cache = Files.createTempDirectory(work, "startup-cache");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", String.join(" ", cmd));
        long version = median(repeats, () -> time(cmd, "--version"));
        out.put("version_ms", version);
        out.put("query_first_ms", time(cmd, "query", "involvement-matrix", "--cache", cache.toString()));
        long second = median(repeats, () -> time(cmd, "query", "involvement-matrix", "--cache", cache.toString()));
        out.put("query_second_ms", second);
        Path serveCache = Files.createTempDirectory(work, "startup-serve-cache");
        out.put("serve_first_answer_ms", firstAnswer(cmd, serveCache));
        long serve = median(repeats, () -> firstAnswer(cmd, serveCache));
        out.put("serve_second_answer_ms", serve);
        out.put("query_second_over_version", Math.round(second * 100.0 / version) / 100.0);
        out.put("serve_second_over_version", Math.round(serve * 100.0 / version) / 100.0);
        return out;
    }

    static List<String> command(Path jar) {
        Path launcher = jar.getParent().resolve("bin").resolve("conflict-kg");
        if (Files.isExecutable(launcher)) return List.of(launcher.toString());
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString());
    }

    private interface Measure { long ms() throws Exception; }

    private static long median(int n, Measure m) throws Exception {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = m.ms();
        Arrays.sort(t);
        return t[n / 2];
    }

    private static long time(List<String> cmd, String... args) throws Exception {
        List<String> all = new ArrayList<>(cmd);
        all.addAll(List.of(args));
        return processMs(all);
    }

    /** Milliseconds from starting a command to its exit; its output is read and dropped; a failure is an error. */
    public static long processMs(List<String> all) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", all) + " failed");
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** From the process start to a 200 for a saved query. */
    private static long firstAnswer(List<String> cmd, Path cache) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        List<String> all = new ArrayList<>(cmd);
        all.addAll(List.of("serve", "--port", Integer.toString(port), "--cache", cache.toString()));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/queries/conflicts.csv")).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (true) {
                if (!p.isAlive()) throw new IOException("serve stopped before answering: " + String.join(" ", all));
                try {
                    if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                        return (System.nanoTime() - t0) / 1_000_000;
                } catch (IOException notYet) {
                    // not listening yet
                }
                if ((System.nanoTime() - t0) > 120_000_000_000L) throw new IOException("serve did not answer within 120 s");
                Thread.sleep(20);
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
