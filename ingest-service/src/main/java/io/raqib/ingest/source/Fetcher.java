package io.raqib.ingest.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs feeds and article pages from the open web, defensively:
 * <ul>
 * <li>every hop (the first request and each redirect) passes the {@link AddressGuard} and the per-host
 * {@link HostRateLimit}; redirects are followed here, not by the client, at most {@code maxRedirects};</li>
 * <li>a connect timeout, and a timeout on the whole response including its body (a server dripping one byte a
 * second does not hold a poller thread);</li>
 * <li>the body is read up to a cap and no further, refused at once when Content-Length already says it is too
 * large; gzip and deflate are decompressed here, up to a cap of their own;</li>
 * <li>conditional GET: the ETag and Last-Modified of the last response go out as If-None-Match and
 * If-Modified-Since, and a 304 comes back as {@link FetchResponse#notModified()}.</li>
 * </ul>
 * Thread-safe; one instance serves every feed.
 */
public final class Fetcher {

    /** What is fetched, for the Accept header. */
    public enum Purpose {
        FEED("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
                + "text/xml;q=0.9, */*;q=0.5"),
        PAGE("text/html, application/xhtml+xml;q=0.9, */*;q=0.5");

        private final String accept;

        Purpose(String accept) {
            this.accept = accept;
        }
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostRateLimit rateLimit;
    private final Clock clock;
    private final HttpClient client;

    public Fetcher(FetchSettings settings, AddressGuard guard, HostRateLimit rateLimit, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.rateLimit = rateLimit;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Redirects are followed by get(), so that each hop is checked like the first.
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade attempts on plain http, which some servers answer badly; and one request
                // per host at a time (the rate limit) gains nothing from multiplexing.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * @param validators of the last response of this URL, or {@link Validators#NONE}
     * @throws FetchException       anything short of a 2xx or 304, with the {@link FetchOutcome} and a message
     * @throws InterruptedException when the service shuts down
     */
    public FetchResponse get(URI url, Purpose purpose, Validators validators)
            throws FetchException, InterruptedException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            check(url, current, redirects);
            rateLimit.acquire(current.getHost());
            HttpResponse<byte[]> response = send(request(current, purpose, validators));
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects == settings.maxRedirects()) {
                    throw new FetchException(FetchOutcome.BAD_REDIRECT, "more than " + settings.maxRedirects()
                            + " redirects from " + url);
                }
                current = redirectTarget(current, response);
                continue;
            }
            if (status == 304) {
                return new FetchResponse(current, status, null, new byte[0], validators);
            }
            if (status < 200 || status > 299) {
                Duration retryAfter = status == 429 || status == 503
                        ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                                .orElse(null)
                        : null;
                throw new FetchException(FetchOutcome.HTTP_ERROR, "HTTP " + status + " from " + current
                        + (retryAfter == null ? "" : " (Retry-After " + retryAfter + ")"), retryAfter, null);
            }
            byte[] body = Decompression.decode(response.body(),
                    response.headers().firstValue("Content-Encoding").orElse(null), settings.maxDecompressedBytes());
            return new FetchResponse(current, status, response.headers().firstValue("Content-Type").orElse(null),
                    body, new Validators(response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null)));
        }
    }

    private void check(URI url, URI hop, int redirects) throws FetchException {
        try {
            guard.check(hop);
        } catch (FetchException e) {
            if (redirects == 0) {
                throw e;
            }
            throw new FetchException(e.outcome(), "followed a redirect from " + url + ", then " + e.getMessage(), null,
                    e);
        }
    }

    private HttpRequest request(URI url, Purpose purpose, Validators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", purpose.accept)
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws FetchException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, this::body);
        try {
            // The request's own timeout ends with the headers; this one covers the body too.
            return response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchException(FetchOutcome.TIMEOUT, "no complete response from " + request.uri() + " within "
                    + settings.requestTimeout());
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(request.uri(), e.getCause());
        }
    }

    private BodySubscriber<byte[]> body(ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return CappedBody.discarding();
        }
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > settings.maxBytes()) {
            return CappedBody.refusing(new CappedBody.TooLarge("Content-Length " + length.getAsLong()
                    + " is larger than the limit of " + settings.maxBytes() + " bytes; refused unread"));
        }
        return new CappedBody(settings.maxBytes());
    }

    private FetchException failure(URI url, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CappedBody.TooLarge) {
                return new FetchException(FetchOutcome.TOO_LARGE, url + ": " + cause.getMessage(), null, error);
            }
            if (cause instanceof HttpTimeoutException) {
                // The client's own timeout (headers) and ours (the whole body) race: one message for both.
                return new FetchException(FetchOutcome.TIMEOUT, "no complete response from " + url + " within "
                        + settings.requestTimeout(), null, error);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return new FetchException(FetchOutcome.CONNECTION_FAILED, "cannot connect to " + url.getHost() + ": "
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), null,
                        error);
            }
        }
        String what = error instanceof IOException && error.getMessage() != null ? error.getMessage()
                : error.toString();
        return new FetchException(FetchOutcome.CONNECTION_FAILED, url + ": " + what, null, error);
    }

    private URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchOutcome.BAD_REDIRECT, "HTTP " + response.statusCode() + " from " + from
                    + " without a Location");
        }
        URI target;
        try {
            target = from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchOutcome.BAD_REDIRECT, "redirect from " + from + " to an unreadable Location "
                    + location);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchOutcome.REFUSED_ADDRESS, "refused the redirect from " + from + " to "
                    + location + ": only http and https are fetched");
        }
        try {
            return Urls.http(target.toString());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchOutcome.BAD_REDIRECT, "redirect from " + from + " to " + location + ": "
                    + e.getMessage());
        }
    }
}
