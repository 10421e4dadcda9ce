package org.conflictkg.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code serve --check}: one saved query over HTTP, as a user would ask it, and what came back. */
final class ServerCheck {
    static final String PATH = "/queries/conflicts.csv";

    private ServerCheck() {}

    static int run(int port) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long rows = r.body().lines().count() - 1;
            System.err.printf("check: GET %s answered %d with %d row(s) in %d ms%n", PATH, r.statusCode(), Math.max(0, rows),
                    (System.nanoTime() - t0) / 1_000_000);
            return r.statusCode() == 200 ? Main.OK : 1;
        } catch (java.io.IOException e) {
            System.err.println("check: GET " + PATH + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
