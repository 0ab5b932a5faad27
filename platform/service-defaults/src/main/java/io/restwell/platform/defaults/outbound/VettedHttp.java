package io.restwell.platform.defaults.outbound;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;

/**
 * The HTTP client of requests to URLs someone outside gave us (booking-service's webhook deliveries,
 * recommendation-service's Web Push), which connects only to addresses it has checked. Its DNS
 * resolver is ours: it looks the name up once, asks the vetting ({@link OutboundUrlPolicy}) about every
 * address, and hands the client exactly those addresses to connect to. There is no second lookup
 * between the check and the connection, so a name that answers with a public address to the check and
 * an internal one a moment later (DNS rebinding) still reaches only the checked address. TLS is
 * unchanged: the client still sends the URL's host name as SNI and verifies the certificate against it,
 * since the socket is layered with the host name, not the address.
 * <p>
 * Connections are not reused (each send is vetted anew), redirects are not followed, nothing is
 * retried here (the caller's schedule retries), and a whole attempt is cut off at the request
 * timeout plus a second, so an answer that trickles in cannot hold a sender thread.
 * <p>
 * Failures are described without the addresses or names the host resolved to: those texts can reach
 * the URL's owner (a partner's delivery log), and where an internal name resolves is not theirs to learn.
 */
public final class VettedHttp implements Closeable {

    private static final Logger LOG = Logger.getLogger(VettedHttp.class);

    /** How names are looked up: the system's resolver in production. */
    public interface Lookup {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * What one attempt got: the HTTP status (null when there was no answer), an error (null on success)
     * and the answer's {@code Retry-After} header (null without one).
     */
    public record Result(Integer statusCode, String error, String retryAfter) {
    }

    /** The host resolved to an address the policy refuses: nothing was sent. */
    public static final class DestinationRefused extends UnknownHostException {
        DestinationRefused(String reason) {
            super(reason);
        }
    }

    private final CloseableHttpClient client;
    private final Duration requestTimeout;
    private final ScheduledExecutorService deadlines;

    /**
     * @param vetting why a host must not be reached at these addresses, or empty when it may
     */
    public VettedHttp(Lookup lookup, BiFunction<String, List<InetAddress>, Optional<String>> vetting, SSLContext tls,
            Duration connectTimeout, Duration requestTimeout, int maxConnections, String userAgent) {
        this.requestTimeout = requestTimeout;
        DnsResolver vettedResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
                InetAddress[] addresses = lookup.resolve(name);
                Optional<String> refused = vetting.apply(name, List.of(addresses));
                if (refused.isPresent()) {
                    LOG.warnf("Outbound host %s not reached: %s", name, refused.get()); // for operators only
                    throw new DestinationRefused(refused.get());
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host; // never used for the connection; no reverse lookup
            }
        };
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(vettedResolver)
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create().setSslContext(tls)
                                .setHostnameVerifier(new DefaultHostnameVerifier()).build())
                        .setDefaultSocketConfig(SocketConfig.custom()
                                .setSoTimeout(Timeout.of(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)).build())
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(requestTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        .setConnectionRequestTimeout(Timeout.of(requestTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setUserAgent(userAgent)
                .build();
        deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbound-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** POSTs the JSON body with the headers; the answer's body is never read. */
    public Result post(URI url, Map<String, String> headers, String body) {
        return post(url, headers, new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
    }

    /** POSTs the bytes as {@code contentType} with the headers; the answer's body is never read. */
    public Result post(URI url, Map<String, String> headers, byte[] body, String contentType) {
        return post(url, headers, new ByteArrayEntity(body, ContentType.create(contentType)));
    }

    private Result post(URI url, Map<String, String> headers, HttpEntity entity) {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(entity);
        ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        try (CloseableHttpResponse response = client.execute(post)) {
            int status = response.getCode();
            Header retryAfter = response.getFirstHeader("Retry-After");
            String retry = retryAfter == null ? null : retryAfter.getValue();
            return status >= 200 && status < 300 ? new Result(status, null, retry)
                    : new Result(status, "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""), retry);
        } catch (IOException e) {
            return new Result(null, post.isCancelled() ? "timed out: no complete answer within "
                    + requestTimeout.toSeconds() + " s" : describe(e), null);
        } finally {
            deadline.cancel(false);
        }
    }

    /** A failure in words that name no address or resolved name. */
    public static String describe(IOException e) {
        if (e instanceof DestinationRefused) {
            return "not sent: " + OutboundUrlPolicy.DESTINATION_NOT_ALLOWED;
        }
        if (e instanceof UnknownHostException) {
            return "not sent: the host does not resolve";
        }
        if (e instanceof ConnectTimeoutException) {
            return "timed out connecting";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out waiting for the answer";
        }
        if (e instanceof HttpHostConnectException || e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "could not connect";
        }
        if (e instanceof SSLException) {
            return "TLS failed (certificate not valid for the host, or handshake refused)";
        }
        if (e instanceof InterruptedIOException) {
            return "interrupted";
        }
        return "connection failed (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
