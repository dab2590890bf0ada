package io.raqib.bench;

import java.util.List;

/** The outlets a run's articles come from, each with its own web address. Made up for Raqib. */
public final class Outlets {

    /** An outlet: the name ingest records as the source, and the host its article URLs are on. */
    public record Outlet(String name, String host) {
    }

    public static final List<Outlet> ALL = List.of(
            new Outlet("وكالة الرافدين للأنباء", "rafidain-news.example"),
            new Outlet("شبكة الفرات الإخبارية", "alfurat-net.example"),
            new Outlet("صحيفة الأفق", "alofuq-daily.example"),
            new Outlet("موقع الجسر", "aljisr-news.example"),
            new Outlet("مرصد الحدود", "border-monitor.example"),
            new Outlet("وكالة الشمال برس", "shamal-press.example"),
            new Outlet("شبكة الخابور", "khabour-net.example"),
            new Outlet("صحيفة المنارة", "almanara-paper.example"),
            new Outlet("إذاعة الصباح", "sabah-radio.example"),
            new Outlet("قناة الضفاف", "difaf-tv.example"),
            new Outlet("موقع البوصلة", "bawsala-news.example"),
            new Outlet("وكالة أنباء الوسط", "wasat-agency.example"),
            new Outlet("صحيفة النهار العربي الجديد", "nahar-jadid.example"),
            new Outlet("شبكة الميدان", "maidan-net.example"),
            new Outlet("موقع الحدث اليوم", "hadath-today.example"),
            new Outlet("المرصد الأمني", "security-observer.example"),
            new Outlet("وكالة السهل", "alsahl-agency.example"),
            new Outlet("صحيفة الرأي الحر", "raai-hur.example"),
            new Outlet("قناة الأفق الإخبارية", "ofuq-tv.example"),
            new Outlet("موقع عين على الحدث", "ain-news.example"),
            new Outlet("نشرة الأمن الإقليمي", "regional-security.example"),
            new Outlet("وكالة المشرق", "mashriq-agency.example"),
            new Outlet("صحيفة البيان المسائي", "bayan-evening.example"),
            new Outlet("شبكة نبض الشارع", "nabd-street.example"));

    private Outlets() {
    }
}
