package io.restwell.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * nginx (Debian's package) as a plain reverse proxy in front of the same services, the peer the gateway is measured
 * against: two workers, keep-alive connections to each upstream, an access log written through a buffer, the same
 * path prefixes as the gateway's route table for the requests measured. No authentication, rate limits or metrics:
 * what a proxy costs before any of the gateway's own work.
 */
final class NginxPeer implements AutoCloseable {

    private final Process process;
    private final URI uri;

    private NginxPeer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** nginx on PATH, or null: the benchmark then runs without its peer and says so. */
    static Path binary() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path nginx = Path.of(dir, "nginx");
            if (Files.isExecutable(nginx)) {
                return nginx;
            }
        }
        return null;
    }

    /** Starts nginx in {@code dir} proxying journal paths to {@code journal} and the rest to {@code booking}. */
    static NginxPeer start(Path binary, Path dir, URI booking, URI journal) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        String conf = """
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log %1$s/access.log combined buffer=64k;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream booking { server %2$s:%3$d; keepalive 64; }
                  upstream journal { server %4$s:%5$d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%6$d;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    location /api/v1/journal { proxy_pass http://journal; }
                    location / { proxy_pass http://booking; }
                  }
                }
                """.formatted(dir, booking.getHost(), booking.getPort(), journal.getHost(), journal.getPort(), port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        NginxPeer peer = new NginxPeer(process, URI.create("http://127.0.0.1:" + port));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                peer.close();
                throw new IOException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
            }
            Thread.sleep(50);
        }
        return peer;
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
