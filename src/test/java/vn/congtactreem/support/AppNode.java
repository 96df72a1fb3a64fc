package vn.congtactreem.support;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own ({@code vn.congtactreem.Application}, the dev profile), on a
 * loopback port, started from this test run's classpath without the test classes (their
 * configurations would be component-scanned into the node). Its output goes to
 * {@code target/nodes/<name>.log}. {@link #stop()} ends it as a service manager would (SIGTERM),
 * {@link #kill()} as a crash does.
 */
public final class AppNode implements AutoCloseable {

    /** A start takes about a minute; several times that when the machine's cores are shared with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(480);

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> arguments;
    /** Test settings: a small heap and quick start (C1 only); a benchmark asks for the server's own. */
    private List<String> jvmOptions = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private Process process;

    private AppNode(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = arguments;
        this.log = Path.of("target", "nodes", name + ".log");
    }

    /** A node on a free port; {@code properties} are Spring properties ({@code key=value}) beyond the database. */
    public static AppNode on(String name, String jdbcUrl, String... properties) {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.profiles.active=dev",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + PostgresTestDatabase.username(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false",
                // the engine's host name is written in its job log: which node ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        Arrays.stream(properties).map(p -> "--" + p).forEach(arguments::add);
        return new AppNode(name, port, arguments);
    }

    /** JVM options instead of the test settings (before {@link #start()}). */
    public AppNode jvm(String... options) {
        this.jvmOptions = List.of(options);
        return this;
    }

    public AppNode start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Duser.timezone=" + System.getProperty("user.timezone", "UTC"),
                "-cp", applicationClassPath(), "vn.congtactreem.Application"));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node " + name, e);
        }
        return this;
    }

    /** Waits until the node answers ready (the demo data and cycle, if any, are built before that). */
    public AppNode awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                // still starting
            } catch (IOException e) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        throw new IllegalStateException("node " + name + " not ready after " + START_TIMEOUT + ":\n" + tail());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM and wait, as {@code docker stop} or systemd would. */
    public void stop() {
        end(false);
    }

    /** {@code kill -9}. */
    public void kill() {
        end(true);
    }

    @Override
    public void close() {
        if (isAlive()) {
            end(true);
        }
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the node's output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** This JVM's classpath without the test classes' directory. */
    static String applicationClassPath() {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().normalize().toString();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
