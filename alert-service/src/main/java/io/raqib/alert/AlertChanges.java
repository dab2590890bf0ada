package io.raqib.alert;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record on the alerts topic that is not news about its alert says so in a header, {@value #HEADER}: today only
 * when the alert was re-told because its incident changed ({@link Incidents}: its parentId, or its placeAlertIds).
 * The topic stays the alerts' whole truth; webhooks leave such records out, so grouping never adds a call.
 */
public final class AlertChanges {

    public static final String HEADER = "raqib.alert.change";
    /** Only parentId or placeAlertIds changed. */
    public static final String LINKS = "links";

    private AlertChanges() {
    }

    static Headers linksOnly() {
        return new RecordHeaders().add(HEADER, LINKS.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isLinksOnly(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header != null && LINKS.equals(new String(header.value(), StandardCharsets.UTF_8));
    }
}
