package vn.congtactreem;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import vn.congtactreem.modulecheck.sample.SampleApplication;

/**
 * The feature packages are Spring Modulith modules: no cycles between them, no module reaching into another's
 * sub-packages except the named interfaces they expose (package-info.java / @NamedInterface), and {@code base}
 * depending on no feature. Writes the module diagrams to {@code target/spring-modulith-docs}, or to the folder
 * given by {@code -Dmodules.docs=docs/modules} (how the committed copy in docs/modules is refreshed).
 */
class ModuleStructureTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.congtactreem.base..")
                .should().dependOnClassesThat(resideInAPackage("vn.congtactreem..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("vn.congtactreem.base.."))))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.congtactreem.base"));
    }

    /**
     * The check is live: a sample of two modules where the lower one reaches back up fails it. Spring Modulith never
     * reads test classes, so the compiled sample is copied out of the test output and read from there.
     */
    @Test
    void aBackEdgeBetweenModulesFailsTheCheck(@TempDir Path copy) throws Exception {
        String folder = SampleApplication.class.getPackageName().replace('.', '/');
        Path compiled = Path.of(SampleApplication.class.getResource("SampleApplication.class").toURI()).getParent();
        try (Stream<Path> files = Files.walk(compiled)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(folder).resolve(compiled.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(() -> ApplicationModules.of(SampleApplication.class.getPackageName()).verify())
                    .isInstanceOf(Violations.class)
                    .hasMessageContaining("Cycle detected");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void writesTheModuleDocumentation() {
        String folder = System.getProperty("modules.docs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
