package vn.congtactreem.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The bundles under {@code i18n/}: each Vietnamese bundle has an English twin with the same keys, no key is defined
 * in two bundles (the first one listed would silently win), every message is a valid MessageFormat pattern, and
 * every bundle is listed in {@code spring.messages.basename}.
 */
class BundleKeysTests {

    @Test
    void everyVietnameseBundleHasAnEnglishTwinWithTheSameKeys() throws Exception {
        for (Path vietnamese : vietnameseBundles()) {
            Path english = vietnamese.resolveSibling(vietnamese.getFileName().toString()
                    .replace(".properties", "_en.properties"));
            assertThat(english).as("English twin of " + vietnamese.getFileName()).exists();
            Set<String> vi = new TreeSet<>(load(vietnamese).stringPropertyNames());
            Set<String> en = new TreeSet<>(load(english).stringPropertyNames());
            assertThat(difference(vi, en)).as("keys of %s missing in English", vietnamese.getFileName()).isEmpty();
            assertThat(difference(en, vi)).as("keys of %s missing in Vietnamese", english.getFileName()).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws Exception {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Path bundle : vietnameseBundles()) {
            for (String key : load(bundle).stringPropertyNames()) {
                String before = owner.put(key, bundle.getFileName().toString());
                if (before != null) {
                    twice.add(key + " in " + before + " and " + bundle.getFileName());
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyMessageIsAValidPattern() throws Exception {
        List<String> invalid = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path bundle : files.filter(file -> file.toString().endsWith(".properties")).toList()) {
                Properties messages = load(bundle);
                for (String key : messages.stringPropertyNames()) {
                    try {
                        new MessageFormat(messages.getProperty(key), Locale.forLanguageTag("vi"));
                    } catch (IllegalArgumentException e) {
                        invalid.add(bundle.getFileName() + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void everyBundleIsListedInTheApplicationSettings() throws Exception {
        Map<String, Object> settings;
        try (var in = getClass().getResourceAsStream("/application.yaml")) {
            settings = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) settings.get("spring")).get("messages");
        Set<String> listed = new TreeSet<>(List.of(messages.get("basename").toString().split("\\s*,\\s*")));
        Set<String> present = new TreeSet<>();
        for (Path bundle : vietnameseBundles()) {
            present.add("i18n/" + bundle.getFileName().toString().replace(".properties", ""));
        }
        assertThat(listed).isEqualTo(present);
    }

    private static List<Path> vietnameseBundles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static Path directory() throws URISyntaxException {
        return Path.of(BundleKeysTests.class.getResource("/i18n/messages.properties").toURI()).getParent();
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
