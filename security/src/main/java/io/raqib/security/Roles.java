package io.raqib.security;

import java.util.Set;

/** What a caller may do. {@link #ADMIN} may do everything. */
public final class Roles {

    /** POST articles, manage sources (ingest-service). */
    public static final String INGEST_WRITE = "ingest:write";
    /** Read alerts, series, figures, the live stream and the dashboard (alert-service). */
    public static final String ALERTS_READ = "alerts:read";
    /** Acknowledge and resolve alerts (alert-service). */
    public static final String ALERTS_ACK = "alerts:ack";
    /** Everything, and the operational endpoints (model reload, source management). */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(INGEST_WRITE, ALERTS_READ, ALERTS_ACK, ADMIN);

    private Roles() {
    }
}
