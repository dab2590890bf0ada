package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TopicModelTest {

    @Test
    void theBundledModelNamesEveryFeatureAndTheFileRoundTrips() {
        TopicModel bundled = TopicModel.bundled();
        assertEquals(bundled.lines(), TopicModel.parse(bundled.lines()).lines());
        assertEquals(TopicFeatures.NAMES.size() + 2, bundled.lines().stream().filter(l -> !l.startsWith("topic:")).count());
    }

    @Test
    void aFileWithoutAFeatureOrWithAnUnknownOneIsRefusedByName() {
        List<String> lines = new ArrayList<>(TopicModel.bundled().lines());
        lines.removeIf(line -> line.startsWith("in_title\t"));
        var missing = assertThrows(IllegalArgumentException.class, () -> TopicModel.parse(lines));
        assertTrue(missing.getMessage().contains("missing [in_title]"), missing.getMessage());

        lines.add("in_title\t0.5");
        lines.add("in_footer\t0.5");
        var unknown = assertThrows(IllegalArgumentException.class, () -> TopicModel.parse(lines));
        assertTrue(unknown.getMessage().contains("unknown [in_footer]"), unknown.getMessage());

        lines.set(lines.size() - 1, "# a comment is no feature");
        lines.set(0, "threshold\thalf");
        var notANumber = assertThrows(IllegalArgumentException.class, () -> TopicModel.parse(lines));
        assertTrue(notANumber.getMessage().contains("threshold has no number: half"), notANumber.getMessage());
    }

    @Test
    void fittingLearnsWhichWayAFeaturePoints() {
        // News is in the title; background is not. Every other feature is noise the model must learn to ignore.
        List<double[]> features = new ArrayList<>();
        List<Boolean> news = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 400; i++) {
            double[] x = new double[TopicFeatures.NAMES.size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = random.nextDouble();
            }
            boolean inTitle = i % 2 == 0;
            x[TopicFeatures.NAMES.indexOf("in_title")] = inTitle ? 1 : 0;
            features.add(x);
            news.add(inTitle);
        }
        List<String> topics = java.util.Collections.nCopies(features.size(), "airstrike");
        TopicModel model = TopicModel.fit(topics, features, news, 0.5);
        double[] titled = new double[TopicFeatures.NAMES.size()];
        java.util.Arrays.fill(titled, 0.5);
        double[] untitled = titled.clone();
        titled[TopicFeatures.NAMES.indexOf("in_title")] = 1;
        assertTrue(model.accepts(model.probability("airstrike", titled)));
        assertFalse(model.accepts(model.probability("airstrike", untitled)));
        assertEquals(model.lines(), TopicModel.fit(topics, features, news, 0.5).lines(), "the same data, the same model");
    }
}
