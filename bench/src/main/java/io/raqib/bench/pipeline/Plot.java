package io.raqib.bench.pipeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The run over time, as a PNG drawn with java.awt (headless, no dependency): throughput, latency, lag, CPU and heap,
 * one panel each on a shared time axis, the warm-up and the drain shaded so the measured window stands out.
 */
final class Plot {

    /** The longest gap, in seconds, a line is drawn across: two of the services' scrape intervals. */
    private static final double MAX_GAP_S = 2.0 * Sampler.SCRAPE_EVERY_S;


    private static final int WIDTH = 1400;
    private static final int LEFT = 90;
    private static final int RIGHT = 100;
    private static final int TOP = 104;
    private static final int PANEL = 210;
    private static final int GAP = 58;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** One line (or, with {@code dots}, a scatter) of a panel. */
    private record Series(String name, double[] x, double[] y, Color color, boolean dashed, boolean dots) {
    }

    private record Panel(String title, List<Series> series, boolean logScale, double reference, String referenceName) {
    }

    private Plot() {
    }

    static void write(JsonNode report, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        JsonNode ts = report.path("timeseries");
        int seconds = ts.path("second").size();
        double[] x = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            x[s] = s + 0.5; // a count of second s is drawn in its middle
        }
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel("Throughput (records per second)", List.of(
                new Series("offered articles/s", x, values(ts.path("offeredPerSecond")), PALETTE[7], true, false),
                new Series("acknowledged by ingest", x, values(ts.path("acknowledgedPerSecond")), PALETTE[0], false,
                        false),
                new Series("enriched (articles.enriched)", x, values(ts.path("enrichedPerSecond")), PALETTE[1], false,
                        false),
                new Series("mentions/s ÷ " + mentionScale(report), x,
                        divide(values(ts.path("mentionsPerSecond")), mentionScale(report)), PALETTE[4], false, false)),
                false, Double.NaN, null));
        double[][] alerts = points(ts.path("ackToAlertMs"));
        panels.add(new Panel("Latency (ms, log scale)", List.of(
                new Series("ack -> enriched p50", x, values(ts.path("ackToEnrichedP50Ms")), PALETTE[1], false, false),
                new Series("ack -> enriched p99", x, values(ts.path("ackToEnrichedP99Ms")), PALETTE[2], false, false),
                new Series("ack -> alert", alerts[0], alerts[1], PALETTE[3], false, true)), true, 1000, "1 s"));
        panels.add(new Panel("Consumer lag of the Streams groups (records)", named(ts.path("lag"), x, 0), false,
                Double.NaN, null));
        panels.add(new Panel("CPU (cores; the host has " + report.path("host").path("cores").asInt() + ")",
                named(ts.path("cpuCores"), x, 0), false, report.path("host").path("cores").asDouble(), "all cores"));
        panels.add(new Panel("Heap used (MB, every heap pool; scraped from /q/metrics)", named(ts.path("heapMb"), x, 0),
                false, 512, "target 512 MB"));

        int height = TOP + panels.size() * (PANEL + GAP) + 10;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        header(g, report);
        int warmup = report.path("load").path("warmupSeconds").asInt();
        int measuredEnd = warmup + report.path("load").path("durationSeconds").asInt();
        for (int i = 0; i < panels.size(); i++) {
            panel(g, panels.get(i), TOP + i * (PANEL + GAP) + 26, Math.max(seconds, measuredEnd), warmup, measuredEnd,
                    i == panels.size() - 1);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void header(Graphics2D g, JsonNode r) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString("Raqib pipeline benchmark: " + r.path("load").path("description").asText() + ", batches of "
                + r.path("load").path("batch").asInt() + ", seed " + r.path("load").path("seed").asLong(), LEFT, 28);
        g.setFont(TEXT);
        JsonNode t = r.path("throughput");
        JsonNode enriched = r.path("latency").path("ackToEnrichedMs");
        JsonNode alert = r.path("latency").path("ackToAlertMs");
        g.drawString(String.format(Locale.ROOT, "%s · %d cores, load average %s at start · sustained %s articles/s "
                        + "(limited by %s) · ack->enriched p99 %s ms · ack->alert p99 %s ms (%d alerts)",
                r.path("startedAt").asText(), r.path("host").path("cores").asInt(),
                Report.number(r.path("host").path("loadAverageStart").asDouble()),
                Report.number(t.path("sustainedArticlesPerSecond").asDouble()), t.path("limitedBy").asText(),
                text(enriched.path("p99")), text(alert.path("p99")), alert.path("count").asInt()), LEFT, 50);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Shaded: the warm-up (left out of every figure) and the drain (after the load; late results "
                + "still count).", LEFT, 68);
        g.drawString(fit(g, "Isolation: " + r.path("isolation").asText(), WIDTH - LEFT - 20), LEFT, 86);
    }

    /** The text, cut with an ellipsis where it would run past {@code width} pixels. */
    private static String fit(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && g.getFontMetrics().stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static void panel(Graphics2D g, Panel panel, int top, int seconds, int warmup, int measuredEnd,
            boolean xLabel) {
        int width = WIDTH - LEFT - RIGHT;
        double xMax = Math.max(1, seconds);
        double[] range = range(panel);
        double lo = range[0];
        double hi = range[1];
        // Phases first, beneath everything.
        g.setColor(new Color(0xeeeeee));
        g.fillRect(LEFT, top, (int) (width * Math.min(warmup, xMax) / xMax), PANEL);
        g.setColor(new Color(0xfff4d6));
        int drainX = LEFT + (int) (width * Math.min(measuredEnd, xMax) / xMax);
        g.fillRect(drainX, top, LEFT + width - drainX, PANEL);
        g.setColor(Color.BLACK);
        g.setFont(HEADING);
        g.drawString(panel.title(), LEFT, top - 8);
        g.setFont(TEXT);
        g.setColor(Color.GRAY);
        int warmupX = LEFT + (int) (width * Math.min(warmup, xMax) / xMax);
        if (warmup > 0) {
            g.drawString("warm-up", LEFT + 6, top + PANEL - 6);
        }
        g.drawString("measured", warmupX + 6, top + PANEL - 6);
        if (drainX < LEFT + width - 40) {
            g.drawString("drain", drainX + 6, top + PANEL - 6);
        }

        // Grid and y axis.
        g.setFont(TEXT);
        for (double tick : ticks(lo, hi, panel.logScale())) {
            int y = y(tick, lo, hi, top, panel.logScale());
            g.setColor(new Color(0xd0d0d0));
            g.drawLine(LEFT, y, LEFT + width, y);
            g.setColor(Color.DARK_GRAY);
            String label = panel.logScale() ? ms(tick) : Report.number(tick);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        // x axis: every 5, 10 … seconds.
        double step = niceStep(xMax / 12);
        for (double s = 0; s <= xMax + 1e-9; s += step) {
            int x = LEFT + (int) (width * s / xMax);
            g.setColor(new Color(0xe4e4e4));
            g.drawLine(x, top, x, top + PANEL);
            g.setColor(Color.DARK_GRAY);
            String label = Report.number(s);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + PANEL + 15);
        }
        if (xLabel) {
            g.drawString("seconds since the load started", LEFT + width / 2 - 90, top + PANEL + 32);
        }
        if (!Double.isNaN(panel.reference()) && panel.reference() >= lo && panel.reference() <= hi) {
            int y = y(panel.reference(), lo, hi, top, panel.logScale());
            g.setColor(new Color(0x999999));
            g.setStroke(dashed(1.2f));
            g.drawLine(LEFT, y, LEFT + width, y);
            g.setStroke(new BasicStroke(1));
            g.drawString(panel.referenceName(), LEFT + width + 6, y + 4);
        }

        // Series, with their legend on the heading's line, after the heading.
        g.setFont(HEADING);
        int legendX = LEFT + g.getFontMetrics().stringWidth(panel.title()) + 28;
        g.setFont(TEXT);
        for (Series series : panel.series()) {
            g.setColor(series.color());
            if (series.dots()) {
                for (int i = 0; i < series.x().length; i++) {
                    if (!Double.isNaN(series.y()[i])) {
                        int px = LEFT + (int) (width * series.x()[i] / xMax);
                        g.fillOval(px - 4, y(series.y()[i], lo, hi, top, panel.logScale()) - 4, 8, 8);
                    }
                }
            } else {
                g.setStroke(series.dashed() ? dashed(1.6f) : new BasicStroke(2f));
                Path2D.Double line = new Path2D.Double();
                double lastX = Double.NaN;
                for (int i = 0; i < series.x().length; i++) {
                    double v = series.y()[i];
                    if (Double.isNaN(v) || (panel.logScale() && v <= 0)) {
                        continue;
                    }
                    double px = LEFT + width * series.x()[i] / xMax;
                    double py = y(v, lo, hi, top, panel.logScale());
                    // Services' metrics come every few seconds (Sampler): only a longer gap breaks the line.
                    if (!Double.isNaN(lastX) && series.x()[i] - lastX <= MAX_GAP_S) {
                        line.lineTo(px, py);
                    } else {
                        line.moveTo(px, py);
                    }
                    lastX = series.x()[i];
                }
                g.draw(line);
                g.setStroke(new BasicStroke(1));
            }
            g.fillRect(legendX, top - 18, 12, 10);
            g.setColor(Color.BLACK);
            g.drawString(series.name(), legendX + 16, top - 8);
            legendX += 16 + g.getFontMetrics().stringWidth(series.name()) + 22;
        }
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, top, width, PANEL);
    }

    private static double[] range(Panel panel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : panel.series()) {
            for (double v : s.y()) {
                if (!Double.isNaN(v) && (!panel.logScale() || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (panel.logScale()) {
            if (lo == Double.POSITIVE_INFINITY) {
                return new double[] {1, 1000};
            }
            double top = Math.pow(10, Math.ceil(Math.log10(Math.max(hi, panel.reference()))));
            return new double[] {Math.pow(10, Math.floor(Math.log10(lo))), Math.max(top, 10)};
        }
        if (hi == Double.NEGATIVE_INFINITY) {
            return new double[] {0, 1};
        }
        // The reference line (a target) shows when the data come within reach of it.
        if (!Double.isNaN(panel.reference()) && hi > panel.reference() * 0.4) {
            hi = Math.max(hi, panel.reference());
        }
        double step = niceStep(Math.max(hi, 1e-9) / 5);
        return new double[] {0, Math.ceil(hi * 1.05 / step) * step};
    }

    private static List<Double> ticks(double lo, double hi, boolean log) {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double t = lo; t <= hi * 1.0001; t *= 10) {
                ticks.add(t);
            }
        } else {
            double step = niceStep(hi / 5);
            for (double t = lo; t <= hi + step / 1000; t += step) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static int y(double value, double lo, double hi, int top, boolean log) {
        double share = log ? (Math.log10(value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                : (value - lo) / (hi - lo);
        return top + PANEL - (int) Math.round(PANEL * Math.max(0, Math.min(1, share)));
    }

    private static List<Series> named(JsonNode byName, double[] x, int colour) {
        List<Series> series = new ArrayList<>();
        int i = colour;
        for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) byName::fields) {
            series.add(new Series(entry.getKey(), x, values(entry.getValue()), PALETTE[i++ % PALETTE.length], false,
                    false));
        }
        return series;
    }

    private static double[] values(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNumber() ? array.get(i).asDouble() : Double.NaN;
        }
        return values;
    }

    private static double[][] points(JsonNode array) {
        double[] x = new double[array.size()];
        double[] y = new double[array.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = array.get(i).get(0).asDouble() + 0.5;
            y[i] = array.get(i).get(1).asDouble();
        }
        return new double[][] {x, y};
    }

    /**
     * Mentions outnumber articles: drawn divided by the round number (1, 2, 5, 10, 20 …) at or below mentions per
     * article, said in the legend, so that the line sits near the articles'.
     */
    private static int mentionScale(JsonNode report) {
        double perArticle = report.path("throughput").path("mentionsPerArticle").asDouble(1);
        int scale = 1;
        for (int nice = 1; nice <= perArticle; nice = nextNice(nice)) {
            scale = nice;
        }
        return scale;
    }

    private static int nextNice(int nice) {
        String digits = Integer.toString(nice);
        return digits.charAt(0) == '2' ? nice / 2 * 5 : nice * 2;
    }

    private static double[] divide(double[] values, double by) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] /= by;
        }
        return result;
    }

    private static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);
    }

    private static String ms(double value) {
        return value >= 1000 ? Report.number(value / 1000) + " s" : Report.number(value) + " ms";
    }

    private static String text(JsonNode value) {
        return value.isNumber() ? Report.number(value.asDouble()) : "-";
    }

}
