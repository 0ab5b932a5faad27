package io.restwell.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run found: sections of text and tables (printed as they end, written as markdown and HTML at the
 * end) and latency distributions for the chart ({@link LatencyChart}).
 */
public final class Report {

    /** One benchmark's part of the report. */
    public static final class Section {
        final String title;
        final List<String> notes = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        final List<String> conclusions = new ArrayList<>();

        Section(String title) {
            this.title = title;
        }

        public Section note(String text) {
            notes.add(text);
            return this;
        }

        /** Text after the table. */
        public Section conclusion(String text) {
            conclusions.add(text);
            return this;
        }

        /** The first row is the table's header. */
        public Section row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        /** Prints the section (markdown) once it is complete. */
        public void end() {
            System.out.println();
            System.out.println(markdown());
        }

        String markdown() {
            StringBuilder out = new StringBuilder("### " + title + "\n\n");
            for (String note : notes) {
                out.append(note).append("\n\n");
            }
            for (int i = 0; i < rows.size(); i++) {
                out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
                if (i == 0) {
                    out.append("|").append(" --- |".repeat(rows.get(0).size())).append("\n");
                }
            }
            for (String conclusion : conclusions) {
                out.append("\n").append(conclusion).append("\n");
            }
            return out.toString();
        }

        String html() {
            StringBuilder out = new StringBuilder("<h2>" + escape(title) + "</h2>\n");
            for (String note : notes) {
                out.append("<p>").append(escape(note)).append("</p>\n");
            }
            if (!rows.isEmpty()) {
                out.append("<table>\n");
                for (int i = 0; i < rows.size(); i++) {
                    String cell = i == 0 ? "th" : "td";
                    out.append("<tr>");
                    rows.get(i).forEach(value -> out.append('<').append(cell).append('>').append(escape(value))
                            .append("</").append(cell).append('>'));
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
            }
            for (String conclusion : conclusions) {
                out.append("<p>").append(escape(conclusion)).append("</p>\n");
            }
            return out.toString();
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Map<String, Distribution>> panels = new LinkedHashMap<>();

    public synchronized Section section(String title) {
        Section section = new Section(title);
        sections.add(section);
        return section;
    }

    /** A latency distribution for the chart: one line in one panel. */
    public synchronized void distribution(String panel, String series, Distribution distribution) {
        panels.computeIfAbsent(panel, name -> new LinkedHashMap<>()).put(series, distribution);
    }

    /** Writes {@code results.md}, {@code latency.svg} and {@code index.html} (tables and chart in one page). */
    public synchronized void write(Path dir, String heading, List<String> preamble) throws IOException {
        Files.createDirectories(dir);
        String svg = LatencyChart.svg(panels);
        Files.writeString(dir.resolve("latency.svg"), svg);

        StringBuilder md = new StringBuilder("# " + heading + "\n\n");
        preamble.forEach(line -> md.append(line).append("\n\n"));
        md.append("Latency distributions of every measurement: [latency.svg](latency.svg) "
                + "(also in [index.html](index.html) with these tables).\n\n![latency percentiles](latency.svg)\n\n");
        sections.forEach(section -> md.append(section.markdown()).append("\n"));
        Files.writeString(dir.resolve("results.md"), md.toString());

        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1120px; color: #222; }
                table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
                th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
                th { background: #f3f3f3; }
                </style></head><body>
                <h1>%s</h1>
                """.formatted(escape(heading), escape(heading)));
        preamble.forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        html.append(svg.replaceFirst("<\\?xml[^>]*>\\s*", "")).append('\n');
        sections.forEach(section -> html.append(section.html()));
        html.append("</body></html>\n");
        Files.writeString(dir.resolve("index.html"), html.toString());
        System.out.println("\nReport written to " + dir.toAbsolutePath());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
