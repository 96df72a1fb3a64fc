package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The timeline's actions: each has its label in Vietnamese and in English, and every code the migrations write
 * into {@code cycle_event} is one of them (the entity reads the column back as a {@link CycleAction}).
 */
class CycleActionTests {

    private static final Pattern CODE = Pattern.compile("'([A-Z][A-Z0-9_]+)'");

    @Test
    void everyActionHasItsLabelInBothLanguages() throws Exception {
        Properties vi = bundles(false);
        Properties en = bundles(true);
        for (CycleAction action : CycleAction.values()) {
            assertThat(vi.getProperty(action.messageKey())).as("Vietnamese label of " + action).isNotBlank();
            assertThat(en.getProperty(action.messageKey())).as("English label of " + action).isNotBlank();
        }
    }

    @Test
    void theBundlesLabelNoActionThatDoesNotExist() throws Exception {
        Set<String> names = Arrays.stream(CycleAction.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(bundles(false).stringPropertyNames().stream().filter(k -> k.startsWith("timeline.action."))
                .map(k -> k.substring("timeline.action.".length()))).allMatch(names::contains);
    }

    @Test
    void everyCodeTheMigrationsWriteIntoTheTimelineIsAnAction() throws Exception {
        Set<String> names = Arrays.stream(CycleAction.values()).map(Enum::name).collect(Collectors.toSet());
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
            scripts = files.filter(f -> f.toString().endsWith(".sql")).toList();
        }
        assertThat(scripts).as("the migrations are read").isNotEmpty();
        Set<String> unknown = new TreeSet<>();
        for (Path script : scripts) {
            codesWrittenToTheTimeline(Files.readString(script)).stream().filter(c -> !names.contains(c))
                    .forEach(c -> unknown.add(script.getFileName() + ": " + c));
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void theCodesOfATimelineStatementAreFound() {
        assertThat(codesWrittenToTheTimeline("""
                insert into org_unit (level) values ('PROVINCE');
                insert into cycle_event (plan_id, actor, action, happened_at)
                    values (1, 'hệ thống', 'PLAN_ISSUED', now()), (1, 'x', 'NO_SUCH_ACTION', now());
                update cycle_event set action = 'PLAN_APPROVED' where action = 'PLAN_OK'""")
        ).containsExactlyInAnyOrder("PLAN_ISSUED", "NO_SUCH_ACTION", "PLAN_APPROVED", "PLAN_OK");
    }

    @Test
    void labelKeysAndSubmissionsFollowTheCodes() {
        assertThat(CycleAction.PLAN_ISSUED.messageKey()).isEqualTo("timeline.action.PLAN_ISSUED");
        assertThat(CycleAction.reportSubmitted(true)).isEqualTo(CycleAction.REPORT_SUBMITTED_LATE);
        assertThat(CycleAction.reportSubmitted(false)).isEqualTo(CycleAction.REPORT_SUBMITTED);
        assertThat(CycleAction.consolidationSubmitted(true)).isEqualTo(CycleAction.CONSOLIDATION_SUBMITTED_LATE);
        assertThat(CycleAction.consolidationSubmitted(false)).isEqualTo(CycleAction.CONSOLIDATION_SUBMITTED);
    }

    /** The upper-case quoted codes of the statements that touch {@code cycle_event}. */
    static Set<String> codesWrittenToTheTimeline(String sql) {
        Set<String> codes = new TreeSet<>();
        for (String statement : sql.split(";")) {
            if (statement.toLowerCase().contains("cycle_event")) {
                Matcher matcher = CODE.matcher(statement);
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    /** Every bundle of one language, merged (the timeline's labels live in more than one). */
    private static Properties bundles(boolean english) throws IOException {
        Properties merged = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")
                    && f.getFileName().toString().endsWith("_en.properties") == english).toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    merged.load(in);
                }
            }
        }
        return merged;
    }
}
