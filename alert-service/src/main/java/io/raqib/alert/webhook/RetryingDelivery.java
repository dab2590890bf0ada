package io.raqib.alert.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.jboss.logging.Logger;

/** Calls one subscriber about one alert until it is delivered, refused for good, or out of attempts. */
final class RetryingDelivery {

    private static final Logger LOG = Logger.getLogger(RetryingDelivery.class);

    /** How it ended. */
    sealed interface Outcome {
    }

    record Delivered(int attempts) implements Outcome {
    }

    /** Refused for good, or still failing at the last attempt: the alert goes to the dead letters. */
    record GaveUp(int attempts, Verdict.Failed last) implements Outcome {
    }

    /** The service is shutting down: neither delivered nor given up, so read again at the next start. */
    record Stopped() implements Outcome {
    }

    private final Subscription subscription;
    private final WebhookSender sender;
    private final RetryPolicy policy;
    private final StopSignal stop;
    private final WebhookMetrics metrics;
    private final RandomGenerator random;

    RetryingDelivery(Subscription subscription, WebhookSender sender, RetryPolicy policy, StopSignal stop,
            WebhookMetrics metrics, RandomGenerator random) {
        this.subscription = subscription;
        this.sender = sender;
        this.policy = policy;
        this.stop = stop;
        this.metrics = metrics;
        this.random = random;
    }

    Outcome deliver(String deliveryId, byte[] body) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Verdict verdict = sender.send(subscription, deliveryId, body);
            if (verdict instanceof Verdict.Delivered) {
                return new Delivered(attempt);
            }
            Verdict.Failed failed = (Verdict.Failed) verdict;
            if (!failed.retryable() || attempt == policy.attempts()) {
                return new GaveUp(attempt, failed);
            }
            metrics.retried();
            Duration wait = policy.delayBefore(attempt + 1, failed.retryAfter(), random);
            LOG.debugf("webhook %s, delivery %s: attempt %d failed (%s), next in %s", subscription.name(), deliveryId,
                    attempt, failed.error().getMessage(), wait);
            if (!stop.sleep(wait)) {
                return new Stopped();
            }
        }
    }
}
