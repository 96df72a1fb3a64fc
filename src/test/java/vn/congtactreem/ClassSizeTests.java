package vn.congtactreem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class in src/main grows past {@value #LIMIT} lines without a written reason: the ones that do are listed,
 * each with its reason, under "Long classes" in docs/architecture.md, and the list holds no class that has
 * become short again.
 */
class ClassSizeTests {

    static final int LIMIT = 300;
    private static final Pattern LISTED = Pattern.compile("^- `(\\w+)`", Pattern.MULTILINE);

    @Test
    void classesOverTheLimitAreTheOnesWithAWrittenReason() throws IOException {
        Map<String, Long> longOnes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > LIMIT) {
                    longOnes.put(file.getFileName().toString().replace(".java", ""), lines);
                }
            }
        }
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        int from = architecture.indexOf("## Long classes");
        assertThat(from).as("docs/architecture.md has a section \"## Long classes\"").isNotNegative();
        int to = architecture.indexOf("\n## ", from + 1);
        Matcher listed = LISTED.matcher(architecture.substring(from, to < 0 ? architecture.length() : to));
        Set<String> explained = listed.results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(explained).as("classes over %d lines (%s) need their reason under \"Long classes\" in "
                + "docs/architecture.md", LIMIT, longOnes).containsAll(longOnes.keySet());
        assertThat(longOnes.keySet()).as("listed under \"Long classes\" but no longer over %d lines", LIMIT)
                .containsAll(explained);
    }
}
