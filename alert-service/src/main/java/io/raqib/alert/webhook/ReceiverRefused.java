package io.raqib.alert.webhook;

/** A receiver answered, with a status other than 2xx. The dead letter names this class as the exception. */
final class ReceiverRefused extends Exception {

    private final int status;

    ReceiverRefused(int status) {
        super("the receiver answered HTTP " + status, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
