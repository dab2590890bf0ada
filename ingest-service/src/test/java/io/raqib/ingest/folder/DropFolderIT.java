package io.raqib.ingest.folder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

/** The %test profile watches target/drop-folder with a short scan interval. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class DropFolderIT {

    private static final Path FOLDER = Path.of("target/drop-folder");

    /** Outcomes of an earlier run would satisfy this run's waits. */
    @BeforeAll
    static void forgetEarlierRuns() throws IOException {
        for (String sub : new String[] {"done", "failed"}) {
            try (var files = Files.list(FOLDER.resolve(sub))) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Written under a temporary name and renamed, as a careful client does, so it is never read half-written. */
    private static void drop(String name, String content) throws IOException {
        Path part = FOLDER.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, FOLDER.resolve(name));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(file + " did not appear");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aDroppedTextFileIsPublishedAndMovedToDone() throws Exception {
        drop("raid-report.txt", """
                مداهمة وكر لخلية نائمة جنوب الموصل
                نفذت قوة من جهاز مكافحة الإرهاب فجر الثلاثاء 4 حزيران 2024 عملية إنزال على وكر لخلية نائمة جنوب
                الموصل، أسفرت عن اعتقال ثلاثة متهمين وضبط أحزمة ناسفة، بحسب بيان للجهاز.
                """);
        awaitFile(FOLDER.resolve("done/raid-report.txt"));

        var records = TestConsumer.readUntil(TestBroker.shared().bootstrapServers(), Topics.ARTICLES_RAW,
                r -> r.value().getTitle().equals("مداهمة وكر لخلية نائمة جنوب الموصل"), Duration.ofSeconds(20));
        var article = records.get(records.size() - 1).value();
        assertEquals("folder", article.getSource());
        assertEquals("ar", article.getLanguage());
        assertEquals(Instant.parse("2024-06-03T21:00:00Z"), article.getPublishedAt());
    }

    @Test
    void aJsonBatchIsPublishedWholeWithItsOwnSources() throws Exception {
        drop("batch.json", """
                [{"title": "إحباط محاولة تسلل قرب سنجار", "source": "وكالة الجبل",
                  "body": "أحبطت قوات حرس الحدود محاولة تسلل لمجموعة من ستة مسلحين قادمين من الأراضي السورية قرب سنجار."},
                 {"title": "نقل معتقلين من مخيم الهول", "source": "وكالة الجبل",
                  "body": "أعلنت السلطات نقل دفعة جديدة تضم نحو 150 معتقلا من مخيم الهول إلى مراكز احتجاز داخل العراق."}]
                """);
        awaitFile(FOLDER.resolve("done/batch.json"));
        var records = TestConsumer.readUntil(TestBroker.shared().bootstrapServers(), Topics.ARTICLES_RAW,
                r -> r.value().getTitle().equals("نقل معتقلين من مخيم الهول"), Duration.ofSeconds(20));
        assertEquals("وكالة الجبل", records.get(records.size() - 1).value().getSource());
    }

    @Test
    void aFileThatHoldsNoArticleGoesToFailedWithTheReasonBesideIt() throws Exception {
        drop("broken.json", "{\"title\": \"عنوان\", ");
        drop("scan.pdf", "%PDF-1.7");
        drop("no-title.json", "{\"body\": \"نص بلا عنوان\"}");

        awaitFile(FOLDER.resolve("failed/broken.json.reason.txt"));
        assertTrue(Files.readString(FOLDER.resolve("failed/broken.json.reason.txt")).contains("not valid JSON"));
        awaitFile(FOLDER.resolve("failed/scan.pdf.reason.txt"));
        assertTrue(Files.readString(FOLDER.resolve("failed/scan.pdf.reason.txt")).contains("unsupported file type"));
        awaitFile(FOLDER.resolve("failed/no-title.json.reason.txt"));
        assertEquals("title: title is required\n", Files.readString(FOLDER.resolve("failed/no-title.json.reason.txt")));
        assertTrue(Files.exists(FOLDER.resolve("failed/scan.pdf")), "the file itself is kept");

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raqib_ingest_folder_files_total{outcome=\"failed\"}"));
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws Exception {
        Path part = FOLDER.resolve("incoming.txt.part");
        Files.writeString(part, "عنوان\nنص لم يكتمل بعد");
        drop("marker.txt", "علامة\nملف يكتمل بعد الملف الجزئي فيؤخذ قبله أو بعده");
        awaitFile(FOLDER.resolve("done/marker.txt"));
        assertTrue(Files.exists(part));
        Files.delete(part);
    }
}
