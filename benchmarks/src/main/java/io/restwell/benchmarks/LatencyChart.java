package io.restwell.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The latency distributions as one self-contained SVG (no scripts, no fonts, no CDN): one panel per
 * measurement, percentile on a log scale of 1/(1 − p) (50 → 99.99, then the maximum), milliseconds on a
 * log scale, one line per series.
 */
final class LatencyChart {

    private static final int PANEL_WIDTH = 540;
    private static final int PANEL_HEIGHT = 400;
    private static final int COLUMNS = 2;
    private static final int LEFT = 62;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 114; // axis labels, then the legend in two columns
    private static final double X_MIN = Math.log10(2);
    private static final double X_MAX = 5; // the maximum is drawn where 99.999 % would be
    private static final List<String> COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
            "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22");

    private LatencyChart() {
    }

    static String svg(Map<String, Map<String, Distribution>> panels) {
        int rows = Math.max(1, (panels.size() + COLUMNS - 1) / COLUMNS);
        int width = PANEL_WIDTH * COLUMNS;
        int height = PANEL_HEIGHT * rows;
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">\n", width, height, width, height));
        out.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
        int index = 0;
        for (Map.Entry<String, Map<String, Distribution>> panel : panels.entrySet()) {
            panel(out, panel.getKey(), panel.getValue(), (index % COLUMNS) * PANEL_WIDTH, (index / COLUMNS) * PANEL_HEIGHT);
            index++;
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void panel(StringBuilder out, String title, Map<String, Distribution> series, int x0, int y0) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (Distribution distribution : series.values()) {
            for (double millis : distribution.millisByPercentile().values()) {
                if (millis > 0 && !Double.isNaN(millis)) {
                    low = Math.min(low, millis);
                    high = Math.max(high, millis);
                }
            }
        }
        if (high == 0) {
            low = 1;
            high = 10;
        }
        double yMin = Math.floor(Math.log10(low));
        double yMax = Math.ceil(Math.log10(high));
        if (yMax <= yMin) {
            yMax = yMin + 1;
        }
        int plotLeft = x0 + LEFT;
        int plotRight = x0 + PANEL_WIDTH - RIGHT;
        int plotTop = y0 + TOP;
        int plotBottom = y0 + PANEL_HEIGHT - BOTTOM;
        out.append(f("<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s</text>\n", x0 + 10, y0 + 20,
                Report.escape(title)));
        out.append(f("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n", plotLeft,
                plotTop, plotRight - plotLeft, plotBottom - plotTop));
        // y grid: 1, 2, 5 per decade
        for (double decade = yMin; decade <= yMax; decade++) {
            for (int step : new int[] { 1, 2, 5 }) {
                double value = step * Math.pow(10, decade);
                double logValue = Math.log10(value);
                if (logValue > yMax + 1e-9) {
                    continue;
                }
                double y = scale(logValue, yMin, yMax, plotBottom, plotTop);
                out.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n", plotLeft, y, plotRight, y,
                        step == 1 ? "#ddd" : "#f0f0f0"));
                out.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#444\">%s</text>\n", plotLeft - 4, y + 4,
                        tick(value)));
            }
        }
        // x grid
        double[] ticks = { 50, 90, 99, 99.9, 99.99, 100 };
        for (double percentile : ticks) {
            double x = scale(position(percentile), X_MIN, X_MAX, plotLeft, plotRight);
            out.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n", x, plotTop, x, plotBottom));
            out.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%s</text>\n", x, plotBottom + 14,
                    percentile >= 100 ? "max" : f("%s %%", java.math.BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString())));
        }
        out.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">percentile (log scale of 1/(1−p))</text>\n",
                (plotLeft + plotRight) / 2, plotBottom + 32));
        out.append(f("<text x=\"%d\" y=\"%d\" fill=\"#444\" transform=\"rotate(-90 %d %d)\" text-anchor=\"middle\">latency</text>\n",
                x0 + 12, (plotTop + plotBottom) / 2, x0 + 12, (plotTop + plotBottom) / 2));
        int colour = 0;
        int legendIndex = 0;
        for (Map.Entry<String, Distribution> line : series.entrySet()) {
            String stroke = COLOURS.get(colour++ % COLOURS.size());
            StringBuilder points = new StringBuilder();
            for (Map.Entry<Double, Double> point : line.getValue().millisByPercentile().entrySet()) {
                if (point.getValue() > 0 && !Double.isNaN(point.getValue())) {
                    points.append(f("%.1f,%.1f ", scale(position(point.getKey()), X_MIN, X_MAX, plotLeft, plotRight),
                            scale(Math.log10(point.getValue()), yMin, yMax, plotBottom, plotTop)));
                }
            }
            out.append(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n", stroke,
                    points.toString().trim()));
            for (String point : points.toString().trim().split(" ")) {
                if (!point.isEmpty()) {
                    String[] xy = point.split(",");
                    out.append(f("<circle cx=\"%s\" cy=\"%s\" r=\"2.5\" fill=\"%s\"/>\n", xy[0], xy[1], stroke));
                }
            }
            int legendX = plotLeft + (legendIndex % 2) * 235;
            int legendY = plotBottom + 52 + (legendIndex / 2) * 15;
            legendIndex++;
            out.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>\n", legendX,
                    legendY - 4, legendX + 18, legendY - 4, stroke));
            out.append(f("<text x=\"%d\" y=\"%d\">%s</text>\n", legendX + 23, legendY, Report.escape(line.getKey())));
        }
    }

    /** 0.5 ms, 2 ms, 50 ms, 1 s, 20 s. */
    private static String tick(double millis) {
        if (millis >= 1000) {
            return f("%s s", java.math.BigDecimal.valueOf(millis / 1000).stripTrailingZeros().toPlainString());
        }
        return f("%s ms", java.math.BigDecimal.valueOf(millis).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString());
    }

    private static double position(double percentile) {
        return percentile >= 100 ? X_MAX : Math.log10(1 / (1 - percentile / 100));
    }

    private static double scale(double value, double from, double to, double start, double end) {
        return start + (value - from) / (to - from) * (end - start);
    }

    private static String f(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
