package io.raqib.alert.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/** Makes one signed call to a subscriber and judges its answer. */
final class WebhookSender {

    static final String DELIVERY = "X-Raqib-Delivery";
    static final String TIMESTAMP = "X-Raqib-Timestamp";
    static final String SIGNATURE = "X-Raqib-Signature";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Clock clock;

    WebhookSender(HttpClient client, Duration requestTimeout, String userAgent, Clock clock) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /**
     * A client for every subscriber: HTTP/1.1, because one small POST gains nothing from HTTP/2 and cleartext
     * HTTP/2 upgrades trip some receivers; redirects are not followed, a webhook URL is configured as final.
     */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** POSTs {@code body}, signed with a fresh timestamp: a retry is a new call a receiver must not find stale. */
    Verdict send(Subscription to, String deliveryId, byte[] body) throws InterruptedException {
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(to.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", userAgent)
                .header(DELIVERY, deliveryId)
                .header(TIMESTAMP, Long.toString(now))
                .header(SIGNATURE, to.signer().signature(now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return Verdict.ofStatus(response.statusCode(), response.headers().firstValue("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock.instant())));
        } catch (IOException e) {
            return Verdict.ofError(e);
        }
    }
}
