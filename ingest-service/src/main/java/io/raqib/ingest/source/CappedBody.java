package io.raqib.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap: one byte beyond and the download is cancelled and fails with
 * {@link TooLarge}, so a 50 MB answer costs at most the cap in memory, never the 50 MB.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    /** The body went past the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final long cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final IOException refusal;
    private long size;
    private Flow.Subscription subscription;

    CappedBody(long cap) {
        this(cap, null);
    }

    private CappedBody(long cap, IOException refusal) {
        this.cap = cap;
        this.refusal = refusal;
    }

    /** Reads nothing: for error and redirect responses, whose status and headers say all we use. */
    static CappedBody discarding() {
        return new CappedBody(0, null);
    }

    /** Reads nothing and fails: the headers already tell the body is too large. */
    static CappedBody refusing(IOException refusal) {
        return new CappedBody(0, refusal);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refusal != null) {
            subscription.cancel();
            result.completeExceptionally(refusal);
        } else if (cap == 0) {
            subscription.cancel();
            result.complete(new byte[0]);
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            size += item.remaining();
            if (size > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("the body is larger than " + cap
                        + " bytes; refused without reading the rest"));
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
