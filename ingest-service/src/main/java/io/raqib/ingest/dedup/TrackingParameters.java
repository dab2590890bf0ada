package io.raqib.ingest.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that say how a reader arrived, not which article they read. Sharing the same story through
 * Facebook, a newsletter and Telegram gives three URLs; without these parameters they are one.
 */
final class TrackingParameters {

    private static final Set<String> NAMES = Set.of(
            // ad and social click ids
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "twclid", "ttclid", "yclid",
            "igshid", "igsh", "li_fat_id", "rb_clickid",
            // analytics and mailing tools
            "_ga", "_gl", "_hsenc", "_hsmi", "mc_cid", "mc_eid", "mkt_tok", "vero_id", "oly_anon_id", "oly_enc_id",
            "wt.mc_id", "wt_mc_id", "xtor", "_openstat",
            // referral and campaign markers
            "ref", "ref_src", "ref_url", "referrer", "spm", "scm", "ocid", "icid", "cmpid", "s_cid", "ncid",
            "at_medium", "at_campaign", "at_source", "fb_action_ids", "fb_action_types", "fb_ref", "fb_source",
            "action_object_map", "action_type_map", "action_ref_map", "__twitter_impression",
            // AMP marker (?amp=1, ?amp): the same article in another template
            "amp");

    private TrackingParameters() {
    }

    /** @param name the decoded parameter name, any case */
    static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("utm_") || NAMES.contains(lower);
    }
}
