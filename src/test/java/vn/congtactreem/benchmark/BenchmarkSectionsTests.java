package vn.congtactreem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSectionsTests {

    @TempDir
    Path dir;

    @Test
    void eachBenchmarkReplacesOnlyItsOwnSection() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        BenchmarkSections.write(file, "# Benchmarks\n", "inbox", "inbox v1");
        BenchmarkSections.write(file, "# Benchmarks\n", "org-scale", "org v1");
        BenchmarkSections.write(file, "# Benchmarks\n", "inbox", "inbox v2");

        String text = Files.readString(file);
        assertThat(text).startsWith("# Benchmarks\n").contains("inbox v2", "org v1").doesNotContain("inbox v1");
        assertThat(text.indexOf("inbox v2")).isLessThan(text.indexOf("org v1"));
        assertThat(text.split("<!-- inbox:begin -->", -1)).hasSize(2);
    }
}
