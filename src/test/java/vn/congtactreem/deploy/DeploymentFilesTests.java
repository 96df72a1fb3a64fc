package vn.congtactreem.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the deployment files in the project root (docker-compose.yml, deploy/nginx.conf, Dockerfile,
 * .dockerignore) without Docker: the stack they describe must hang together (two application nodes
 * behind the nginx proxy with sticky sessions, reaching the one database and the mail server that
 * compose starts) and the image must be built and run safely.
 * Maven runs tests with the project root as working directory.
 */
class DeploymentFilesTests {

    private static final Path ROOT = Path.of("");

    // ---- docker-compose.yml -------------------------------------------------------------------

    @Test
    void composeStartsPostgresMailpitTwoApplicationNodesAndTheProxy() {
        assertThat(services()).containsKeys("postgres", "mailpit", "proxy");
        assertThat(appNodes()).as("services built from the project (application nodes)").hasSize(2);
    }

    @Test
    void postgresKeepsItsDataInANamedVolume() {
        List<String> namedVolumes = namedVolumeSources(service("postgres"));
        assertThat(namedVolumes).as("named volumes mounted by postgres").isNotEmpty();
        Map<String, Object> declared = map(compose().get("volumes"));
        assertThat(declared).as("top-level volumes").isNotNull();
        assertThat(declared).containsKeys(namedVolumes.toArray(String[]::new));
    }

    @Test
    void postgresReportsReadinessWithPgIsready() {
        Map<String, Object> healthcheck = map(service("postgres").get("healthcheck"));
        assertThat(healthcheck).as("postgres healthcheck").isNotNull();
        assertThat(flatten(healthcheck.get("test"))).contains("pg_isready");
    }

    @Test
    void mailpitPublishesSmtpAndItsWebUi() {
        assertThat(publishedPorts(service("mailpit"))).contains("1025:1025", "8025:8025");
    }

    @Test
    void appNodesAreBuiltFromTheProjectDirectoryAndPublishNoPort() {
        appNodes().forEach((name, app) -> {
            assertThat(buildContext(app)).as("build context of " + name).isIn(".", "./");
            assertThat(publishedPorts(app)).as("ports %s publishes (only the proxy may)", name).isEmpty();
        });
    }

    @Test
    void onlyTheProxyPublishesPort8080() {
        assertThat(String.valueOf(service("proxy").get("image"))).startsWith("nginx:");
        assertThat(publishedPorts(service("proxy"))).containsExactly("8080:8080");
        services().forEach((name, raw) -> {
            if (!name.equals("proxy")) {
                assertThat(publishedPorts(map(raw))).as("ports of " + name).doesNotContain("8080:8080");
            }
        });
        assertThat(listenPorts(nginxConf())).as("ports nginx listens on").containsExactly("8080");
    }

    @Test
    void theProxyMountsTheConfigurationFromDeploy() {
        assertThat(list(service("proxy").get("volumes")).stream().map(String::valueOf))
                .contains("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
        assertThat(Files.isRegularFile(ROOT.resolve("deploy/nginx.conf"))).isTrue();
    }

    @Test
    void theProxysUpstreamListsEveryApplicationNodeOnPort8080() {
        String conf = nginxConf();
        Matcher pass = Pattern.compile("proxy_pass\\s+http://([\\w-]+)\\s*;").matcher(conf);
        assertThat(pass.find()).as("proxy_pass http://<upstream>").isTrue();
        List<String> servers = upstreamServers(conf, pass.group(1));
        assertThat(servers).as("servers of upstream " + pass.group(1))
                .containsExactlyInAnyOrderElementsOf(appNodes().keySet().stream().map(name -> name + ":8080").toList());
    }

    @Test
    void sessionsAreStickyByTheSessionCookieOrTheClientAddress() {
        String conf = nginxConf();
        Matcher pass = Pattern.compile("proxy_pass\\s+http://([\\w-]+)\\s*;").matcher(conf);
        assertThat(pass.find()).isTrue();
        String upstream = upstreamBlock(conf, pass.group(1));
        if (Pattern.compile("(^|\\s)ip_hash\\s*;").matcher(upstream).find()) {
            return; // sticky by address
        }
        Matcher hash = Pattern.compile("(^|\\s)hash\\s+\\$(\\w+)(\\s+consistent)?\\s*;").matcher(upstream);
        assertThat(hash.find()).as("ip_hash or hash $<key> in upstream " + pass.group(1)).isTrue();
        String key = hash.group(2);
        if (!key.equals("cookie_JSESSIONID")) {
            Matcher map = Pattern.compile("map\\s+\\$(\\w+)\\s+\\$" + key + "\\s*\\{").matcher(conf);
            assertThat(map.find()).as("$%s is a map of the session cookie", key).isTrue();
            assertThat(map.group(1)).isEqualTo("cookie_JSESSIONID");
        }
    }

    @Test
    void everyNodeAndTheProxyHaveAHealthcheckAndTheProxyWaitsForHealthyNodes() {
        appNodes().forEach((name, app) -> {
            Map<String, Object> healthcheck = map(app.get("healthcheck"));
            assertThat(healthcheck).as("healthcheck of " + name).isNotNull();
            assertThat(flatten(healthcheck.get("test"))).as("healthcheck of " + name)
                    .contains("/actuator/health").contains("8080");
        });
        assertThat(map(service("proxy").get("healthcheck"))).as("healthcheck of proxy").isNotNull();
        Map<String, Object> dependsOn = map(service("proxy").get("depends_on"));
        assertThat(dependsOn).as("depends_on of proxy").isNotNull();
        appNodes().keySet().forEach(name -> assertThat(map(dependsOn.get(name))).as("proxy depends on " + name)
                .containsEntry("condition", "service_healthy"));
    }

    @Test
    void appNodesWaitForHealthyPostgres() {
        appNodes().forEach((name, app) -> {
            Map<String, Object> dependsOn = map(app.get("depends_on"));
            assertThat(dependsOn).as("depends_on of %s (long syntax with conditions)", name).isNotNull();
            assertThat(map(dependsOn.get("postgres"))).as(name + " depends on postgres")
                    .containsEntry("condition", "service_healthy");
        });
    }

    @Test
    void appNodesRunTheProdProfileAgainstPostgresAndMailpit() {
        appNodes().forEach((name, app) -> {
            Map<String, String> env = environment(app);
            assertThat(env).as(name).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                    .containsEntry("SPRING_MAIL_HOST", "mailpit")
                    .containsEntry("SPRING_MAIL_PORT", "1025")
                    .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(env.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        });
    }

    @Test
    void bothNodesShareOneDatabase() {
        assertThat(appNodes().values().stream().map(app -> environment(app).get("SPRING_DATASOURCE_URL")).distinct())
                .hasSize(1);
    }

    @Test
    void adminPasswordMustBeSuppliedByWhoeverStartsTheStack() {
        appNodes().forEach((name, app) -> {
            String adminPassword = environment(app).get("APP_ADMIN_PASSWORD");
            assertThat(adminPassword).as("APP_ADMIN_PASSWORD of " + name).isNotNull();
            // ${VAR}, ${VAR?message} or ${VAR:?message}: a reference without a literal fallback
            assertThat(adminPassword.trim()).as("APP_ADMIN_PASSWORD must reference a variable, not be a literal")
                    .matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?\\?[^}]*)?}");
        });
    }

    @Test
    void appUsesTheDatabaseAndCredentialsThatPostgresCreates() {
        Map<String, String> postgres = environment(service("postgres"));
        appNodes().forEach((name, node) -> {
            Map<String, String> app = environment(node);
            assertThat(databaseName(app.get("SPRING_DATASOURCE_URL"))).isEqualTo(postgres.get("POSTGRES_DB"));
            assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        });
    }

    // ---- Dockerfile and .dockerignore ---------------------------------------------------------

    @Test
    void imageBuildsTheProductionBundleInASeparateStage() {
        List<List<Instruction>> stages = stages();
        assertThat(stages).as("stages (FROM lines) of the Dockerfile").hasSizeGreaterThanOrEqualTo(2);
        List<Instruction> buildStages = stages.subList(0, stages.size() - 1).stream()
                .flatMap(List::stream).toList();
        assertThat(buildStages).as("RUN instructions before the final stage")
                .anySatisfy(instruction -> {
                    assertThat(instruction.keyword()).isEqualTo("RUN");
                    assertThat(instruction.arguments()).contains("-Pproduction").contains("package");
                });
    }

    @Test
    void finalImageRunsAsANonRootUserAndExposesPort8080() {
        List<Instruction> last = finalStage();
        List<Instruction> users = last.stream().filter(i -> i.keyword().equals("USER")).toList();
        assertThat(users).as("USER in the final stage").isNotEmpty();
        String user = users.get(users.size() - 1).arguments().trim().split(":")[0];
        assertThat(user).isNotIn("root", "0", "");
        assertThat(last.stream().filter(i -> i.keyword().equals("EXPOSE"))
                .flatMap(i -> Arrays.stream(i.arguments().trim().split("\\s+"))))
                .as("ports exposed by the final stage").containsAnyOf("8080", "8080/tcp");
    }

    @Test
    void finalImageCopiesTheJarBuiltInTheFirstStage() {
        List<List<Instruction>> stages = stages();
        List<String> earlierStageNames = new ArrayList<>();
        for (int i = 0; i < stages.size() - 1; i++) {
            earlierStageNames.add(String.valueOf(i));
            String[] from = stages.get(i).get(0).arguments().trim().split("\\s+");
            if (from.length == 3 && from[1].equalsIgnoreCase("AS")) {
                earlierStageNames.add(from[2].toLowerCase(Locale.ROOT));
            }
        }
        assertThat(finalStage().stream().filter(i -> i.keyword().equals("COPY")).map(Copy::parse))
                .as("COPY --from=<earlier stage> of a jar in the final stage")
                .anySatisfy(copy -> {
                    assertThat(copy.from()).isNotNull();
                    assertThat(earlierStageNames).contains(copy.from().toLowerCase(Locale.ROOT));
                    assertThat(copy.sources()).anyMatch(source -> source.endsWith(".jar"));
                });
    }

    @Test
    void finalImageStartsWithTheClassDataSharingArchiveItsTrainingStartWrote() {
        List<Instruction> last = finalStage();
        String entrypoint = last.stream().filter(i -> i.keyword().equals("ENTRYPOINT")).map(Instruction::arguments)
                .reduce((first, second) -> second).orElse("");
        Matcher shared = Pattern.compile("-XX:SharedArchiveFile=(\\S+?)[\\s\"]").matcher(entrypoint);
        assertThat(shared.find()).as("-XX:SharedArchiveFile=<archive> in the ENTRYPOINT: " + entrypoint).isTrue();
        String archive = shared.group(1);
        String jar = entrypoint.replaceAll(".*-jar\\s+(\\S+?)[\\s\"].*", "$1");
        assertThat(last.stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::arguments))
                .as("a RUN in the final stage that trains %s on the jar the ENTRYPOINT starts (%s)", archive, jar)
                .anySatisfy(run -> assertThat(run).contains("-XX:ArchiveClassesAtExit=" + archive)
                        .contains("-Dspring.context.exit=onRefresh").contains("-jar " + jar));
        assertThat(stages().subList(0, stages().size() - 1).stream().flatMap(List::stream)
                .filter(i -> i.keyword().equals("RUN")).map(Instruction::arguments))
                .as("the jar extracted (Spring Boot's jarmode tools) in a build stage")
                .anySatisfy(run -> assertThat(run).contains("-Djarmode=tools").contains(" extract "));
    }

    /**
     * Spring AOT: the training start and the ENTRYPOINT both start with the jar's AOT code (the archive then holds the
     * classes a start loads), and the production Maven profile, which the image builds, makes that code for the prod
     * profile the image runs (AOT fixes profiles and conditions at build time).
     */
    @Test
    void bothStartsOfTheImageUseTheSpringAotCodeTheProductionBuildMakesForProd() throws IOException {
        String flag = "-Dspring.aot.enabled=true";
        List<Instruction> last = finalStage();
        assertThat(last.stream().filter(i -> i.keyword().equals("ENTRYPOINT")).map(Instruction::arguments)
                .reduce((first, second) -> second).orElse("")).as("the ENTRYPOINT").contains(flag);
        assertThat(last.stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::arguments)
                .filter(run -> run.contains("-XX:ArchiveClassesAtExit=")))
                .as("the training start").singleElement().asString().contains(flag);
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        int production = pom.indexOf("<id>production</id>");
        assertThat(production).as("the production profile in pom.xml").isNotNegative();
        String profile = pom.substring(production, pom.indexOf("</profile>", production));
        assertThat(profile).as("the production profile").contains("<goal>process-aot</goal>")
                .contains("<profiles>prod</profiles>");
        assertThat(pom.substring(0, pom.indexOf("<profiles>"))).as("the build outside the profiles")
                .doesNotContain("process-aot");
    }

    @Test
    void buildContextLeavesOutTheTargetDirectory() throws IOException {
        List<String> patterns = Files.readAllLines(ROOT.resolve(".dockerignore"), StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(DeploymentFilesTests::normalizeIgnorePattern)
                .toList();
        assertThat(patterns).containsAnyOf("target", "**/target");
    }

    @Test
    void everyBuildInputTheDockerfileCopiesExistsInTheProject() {
        List<String> sources = instructions().stream()
                .filter(i -> i.keyword().equals("COPY"))
                .map(Copy::parse)
                .filter(copy -> copy.from() == null)
                .flatMap(copy -> copy.sources().stream())
                .toList();
        assertThat(sources).as("files copied from the build context").isNotEmpty();
        assertThat(sources).allSatisfy(source ->
                assertThat(existsInContext(source)).as("'%s' exists in the project root", source).isTrue());
    }

    // ---- compose helpers ----------------------------------------------------------------------

    /** The application's nodes: the services built from the project directory, by name. */
    private static Map<String, Map<String, Object>> appNodes() {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        services().forEach((name, raw) -> {
            Map<String, Object> service = map(raw);
            if (service != null && service.get("build") != null) {
                nodes.put(name, service);
            }
        });
        return nodes;
    }

    // ---- deploy/nginx.conf --------------------------------------------------------------------

    /** deploy/nginx.conf without its comments. */
    private static String nginxConf() {
        try {
            return Files.readAllLines(ROOT.resolve("deploy/nginx.conf"), StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*$", ""))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read deploy/nginx.conf", e);
        }
    }

    private static String upstreamBlock(String conf, String name) {
        Matcher block = Pattern.compile("upstream\\s+" + Pattern.quote(name) + "\\s*\\{([^}]*)}").matcher(conf);
        assertThat(block.find()).as("upstream " + name + " in deploy/nginx.conf").isTrue();
        return block.group(1);
    }

    private static List<String> upstreamServers(String conf, String name) {
        Matcher server = Pattern.compile("(^|\\s)server\\s+([^\\s;]+)").matcher(upstreamBlock(conf, name));
        List<String> servers = new ArrayList<>();
        while (server.find()) {
            servers.add(server.group(2));
        }
        return servers;
    }

    private static List<String> listenPorts(String conf) {
        Matcher listen = Pattern.compile("(^|\\s)listen\\s+(?:[\\d.]+:)?(\\d+)").matcher(conf);
        List<String> ports = new ArrayList<>();
        while (listen.find()) {
            ports.add(listen.group(2));
        }
        return ports;
    }

    private static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = map(new Yaml().load(reader));
            assertThat(compose).as("docker-compose.yml content").isNotNull();
            return compose;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docker-compose.yml", e);
        }
    }

    private static Map<String, Object> services() {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(services).as("services of docker-compose.yml").isNotNull();
        return services;
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(services().get(name));
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    /** The environment of a service, written either as a map or as a list of {@code KEY=VALUE}. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> env.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (raw instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                env.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return env;
    }

    /** Published ports as {@code hostPort:containerPort} (host IP and protocol left out). */
    private static List<String> publishedPorts(Map<String, Object> service) {
        List<String> ports = new ArrayList<>();
        for (Object entry : list(service.get("ports"))) {
            if (entry instanceof Map<?, ?> port) {
                ports.add(port.get("published") + ":" + port.get("target"));
            } else {
                String[] parts = String.valueOf(entry).replaceAll("/(tcp|udp)$", "").split(":");
                String target = parts[parts.length - 1];
                ports.add((parts.length > 1 ? parts[parts.length - 2] : "") + ":" + target);
            }
        }
        return ports;
    }

    private static List<String> namedVolumeSources(Map<String, Object> service) {
        List<String> names = new ArrayList<>();
        for (Object entry : list(service.get("volumes"))) {
            String source;
            if (entry instanceof Map<?, ?> volume) {
                source = "volume".equals(volume.get("type")) ? String.valueOf(volume.get("source")) : null;
            } else {
                String text = String.valueOf(entry);
                source = text.contains(":") ? text.substring(0, text.indexOf(':')) : null;
            }
            if (source != null && !source.startsWith(".") && !source.startsWith("/") && !source.startsWith("~")) {
                names.add(source);
            }
        }
        return names;
    }

    private static String buildContext(Map<String, Object> service) {
        Object build = service.get("build");
        Map<String, Object> buildMap = map(build);
        return buildMap != null ? String.valueOf(buildMap.get("context")) : String.valueOf(build);
    }

    /** {@code jdbc:postgresql://host:port/name?options} gives {@code name}. */
    private static String databaseName(String jdbcUrl) {
        assertThat(jdbcUrl).as("JDBC URL").isNotNull();
        String path = jdbcUrl.substring(jdbcUrl.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String flatten(Object value) {
        return value instanceof List<?> items
                ? items.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }

    // ---- Dockerfile helpers -------------------------------------------------------------------

    /** One Dockerfile instruction: keyword in upper case, continuation lines joined. */
    private record Instruction(String keyword, String arguments) {
    }

    /** A COPY instruction: its {@code --from} stage (null when copying from the build context) and sources. */
    private record Copy(String from, List<String> sources) {

        static Copy parse(Instruction copy) {
            String arguments = copy.arguments().trim();
            List<String> tokens = new ArrayList<>();
            String from = null;
            for (String token : arguments.split("\\s+")) {
                if (token.startsWith("--")) {
                    if (token.startsWith("--from=")) {
                        from = token.substring("--from=".length());
                    }
                } else {
                    tokens.add(token);
                }
            }
            String rest = String.join(" ", tokens);
            if (rest.startsWith("[")) { // JSON form: COPY ["src", "dest"]
                tokens = Arrays.stream(rest.substring(1, rest.lastIndexOf(']')).split(","))
                        .map(String::trim)
                        .map(token -> token.replaceAll("^\"|\"$", ""))
                        .toList();
            }
            return new Copy(from, tokens.subList(0, Math.max(0, tokens.size() - 1)));
        }
    }

    private static List<Instruction> instructions() {
        List<String> lines;
        try {
            lines = Files.readAllLines(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Dockerfile", e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().trim();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] parts = text.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            }
        }
        return instructions;
    }

    /** The instructions grouped by stage, each stage starting with its FROM. */
    private static List<List<Instruction>> stages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction instruction : instructions()) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).add(instruction);
            }
        }
        return stages;
    }

    private static List<Instruction> finalStage() {
        List<List<Instruction>> stages = stages();
        assertThat(stages).as("stages of the Dockerfile").isNotEmpty();
        return stages.get(stages.size() - 1);
    }

    /** Whether a COPY source exists in the build context; a wildcard is allowed in the last path segment. */
    private static boolean existsInContext(String source) {
        String path = source.replaceFirst("^\\./", "").replaceAll("/+$", "");
        if (path.isEmpty() || path.equals(".")) {
            return true;
        }
        if (!path.matches(".*[*?\\[].*")) {
            return Files.exists(ROOT.resolve(path));
        }
        int slash = path.lastIndexOf('/');
        Path directory = slash < 0 ? ROOT.toAbsolutePath() : ROOT.resolve(path.substring(0, slash));
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(directory, path.substring(slash + 1))) {
            return matches.iterator().hasNext();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory, e);
        }
    }

    /** {@code /target/}, {@code target/**} and {@code target} all mean the same directory. */
    private static String normalizeIgnorePattern(String pattern) {
        String normalized = pattern.replaceFirst("^\\./", "").replaceFirst("^/", "");
        normalized = normalized.replaceAll("/\\*\\*$", "").replaceAll("/+$", "");
        return normalized;
    }
}
