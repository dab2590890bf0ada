package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            case of scheme and host      | HTTPS://Example.COM/News/Story                               | https://example.com/News/Story
            default https port           | https://example.com:443/a                                    | https://example.com/a
            default http port            | http://example.com:80/a                                      | http://example.com/a
            zero-padded default port     | https://example.com:0443/a                                   | https://example.com/a
            other port kept              | http://example.com:8080/a                                    | http://example.com:8080/a
            http port on https kept      | https://example.com:80/a                                     | https://example.com:80/a
            fragment                     | https://example.com/a#comments                               | https://example.com/a
            utm parameters               | https://example.com/a?utm_source=fb&utm_medium=social&id=7   | https://example.com/a?id=7
            upper-case utm parameter     | https://example.com/a?UTM_Source=x&id=7                      | https://example.com/a?id=7
            click ids                    | https://example.com/a?fbclid=IwAR0x&gclid=abc&yclid=2        | https://example.com/a
            mailing and referral ids     | https://example.com/a?mc_cid=1&mc_eid=2&ref=tw&ref_src=twsrc | https://example.com/a
            analytics ids                | https://example.com/a?igshid=x&_ga=1.2&spm=a.b.c             | https://example.com/a
            parameters sorted            | https://example.com/a?b=2&a=1&a=0                            | https://example.com/a?a=0&a=1&b=2
            empty parameters dropped     | https://example.com/a?a=1&&b=                                | https://example.com/a?a=1&b=
            only tracking: no question   | https://example.com/a?utm_source=x                           | https://example.com/a
            www prefix                   | https://www.example.com/a                                    | https://example.com/a
            mobile prefix                | https://m.example.com/a                                      | https://example.com/a
            amp prefix                   | https://amp.example.com/a                                    | https://example.com/a
            stacked prefixes             | https://www.m.example.com/a                                  | https://example.com/a
            www as the name kept         | https://www.com/a                                            | https://www.com/a
            trailing amp segment         | https://example.com/news/123/amp                             | https://example.com/news/123
            trailing amp and slash       | https://example.com/news/123/amp/                            | https://example.com/news/123
            amp=1 parameter              | https://example.com/news/123?amp=1                           | https://example.com/news/123
            bare amp parameter           | https://example.com/news/123?amp&id=4                        | https://example.com/news/123?id=4
            trailing slash               | https://example.com/news/123/                                | https://example.com/news/123
            root keeps its slash         | https://example.com/                                         | https://example.com/
            no path is the root          | https://example.com                                          | https://example.com/
            double slashes               | https://example.com//a//b                                    | https://example.com/a/b
            dot segments                 | https://example.com/a/./b/../c                               | https://example.com/a/c
            unreserved escapes decoded   | https://example.com/%7Euser/%41bc                            | https://example.com/~user/Abc
            reserved escape kept         | https://example.com/a%2fb                                    | https://example.com/a%2Fb
            reserved in value kept       | https://example.com/a?q=a%26b%3Dc                            | https://example.com/a?q=a%26b%3Dc
            space escaped                | https://example.com/a b                                      | https://example.com/a%20b
            stray percent escaped        | https://example.com/a%ZZ                                     | https://example.com/a%25ZZ
            invalid UTF-8 kept escaped   | https://example.com/%ff%D8                                   | https://example.com/%FF%D8
            credentials dropped          | https://user:pw@Example.com/a                                | https://example.com/a
            root dot of host             | https://example.com./a                                       | https://example.com/a
            IPv6 host                    | https://[2001:DB8::1]:443/a                                  | https://[2001:db8::1]/a
            Arabic slug encoded          | https://news.example/%D8%AA%D8%B3%D9%84%D9%84-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF | https://news.example/تسلل-الحدود
            Arabic slug lower-case hex   | https://news.example/%d8%aa%d8%b3%d9%84%d9%84-%d8%a7%d9%84%d8%ad%d8%af%d9%88%d8%af | https://news.example/تسلل-الحدود
            Arabic slug raw              | https://news.example/تسلل-الحدود                             | https://news.example/تسلل-الحدود
            Arabic segments mixed        | https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/أمن/12/  | https://news.example/أخبار/أمن/12
            Arabic hamza decomposed      | https://news.example/ا%D9%94خبار                             | https://news.example/أخبار
            Arabic query value           | https://example.com/search?q=%D8%AF%D8%A7%D8%B9%D8%B4&utm_campaign=x | https://example.com/search?q=داعش
            Arabic host to DNS form      | https://مثال.مصر/خبر                                         | https://xn--mgbh0fb.xn--wgbh1c/خبر
            everything at once           | HTTP://WWW.News.Example:80/%D8%AE%D8%A8%D8%B1/amp/?utm_source=tg&b=2&a=1#top | http://news.example/خبر?a=1&b=2
            """)
    void canonicalizes(String name, String url, String canonical) {
        assertEquals(canonical, UrlCanonicalizer.canonicalOrThrow(url));
        assertEquals(canonical, UrlCanonicalizer.canonicalOrThrow(canonical), "canonical form is a fixed point");
    }

    @Test
    void encodedAndRawArabicAreOneArticle() {
        String raw = "https://www.news.example/أخبار/العراق/إحباط-تسلل-على-الحدود?id=12&utm_source=telegram";
        String encoded = "https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82/"
                + "%D8%A5%D8%AD%D8%A8%D8%A7%D8%B7-%D8%AA%D8%B3%D9%84%D9%84-%D8%B9%D9%84%D9%89-"
                + "%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF/amp?id=12";
        assertEquals(UrlCanonicalizer.canonicalOrThrow(raw), UrlCanonicalizer.canonicalOrThrow(encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "mailto:desk@example.com", "javascript:alert(1)",
            "file:///etc/passwd", "data:text/html,x", "//example.com/a", "/news/1", "example.com/news",
            "https:/example.com/a", "http://", "https://:443/a", "https://exa mple.com/", "https://example.com:99999/",
            "https://example.com:8o/", "https://[::1/a", "   "})
    @NullAndEmptySource
    void refusesWhatNamesNoArticle(String url) {
        assertEquals(Optional.empty(), UrlCanonicalizer.canonicalize(url));
        assertThrows(UnsupportedUrlException.class, () -> UrlCanonicalizer.canonicalOrThrow(url));
    }

    @Test
    void saysWhyItRefuses() {
        var error = assertThrows(UnsupportedUrlException.class,
                () -> UrlCanonicalizer.canonicalOrThrow("ftp://example.com/a"));
        assertEquals("only http and https URLs name articles, not ftp: ftp://example.com/a", error.getMessage());
        assertEquals("ftp://example.com/a", error.url());
        assertTrue(UrlCanonicalizer.canonicalize("  https://example.com/a  ").isPresent(), "surrounding blanks");
    }
}
