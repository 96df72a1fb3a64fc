package vn.congtactreem.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Each benchmark owns one section of a document ({@code <!-- name:begin -->} … {@code <!-- name:end -->}):
 * writing it replaces that section only (or appends it), so benchmarks run one by one never drop each
 * other's figures.
 */
final class BenchmarkSections {

    static final String BENCHMARKS_HEADER = """
            # Benchmarks

            Each section is written by its benchmark (`./mvnw -Pbenchmark verify`, see the README's "Benchmarks");
            do not edit a section by hand, run its benchmark again. A benchmark replaces only its own section.
            """;

    private BenchmarkSections() {
    }

    static String begin(String name) {
        return "<!-- " + name + ":begin -->";
    }

    static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /** Replaces section {@code name} of {@code file} with {@code body} (without markers), else appends it. */
    static void write(Path file, String header, String name, String body) throws IOException {
        String section = begin(name) + "\n\n" + body.strip() + "\n\n" + end(name) + "\n";
        String text = Files.exists(file) ? Files.readString(file) : header;
        int from = text.indexOf(begin(name));
        int to = text.indexOf(end(name));
        if (from >= 0 && to > from) {
            int after = to + end(name).length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            text = text.substring(0, from) + section + text.substring(after);
        } else {
            text = text.stripTrailing() + "\n\n" + section;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
