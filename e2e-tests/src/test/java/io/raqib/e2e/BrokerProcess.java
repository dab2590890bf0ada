package io.raqib.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker in a JVM of its own, as {@code ./raqib up} runs it (the same
 * {@code deploy/local/server.properties}, {@code kafka.tools.StorageTool format --standalone}, then
 * {@code kafka.Kafka}, from test-kafka's broker class path), so that a test can stop or kill it and start it again on
 * the same ports and log dir. The in-JVM test broker can restart only its broker half, and only cleanly: a broker
 * that really goes away takes its controller with it, and may die without a clean shutdown.
 */
final class BrokerProcess implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Path dir;
    private final Path config;
    private final int port;
    private final String classpath;
    private Process process;
    private int incarnation;

    private BrokerProcess(Path dir, Path config, int port, String classpath) {
        this.dir = dir;
        this.config = config;
        this.port = port;
        this.classpath = classpath;
    }

    /** Formats a new log dir under {@code dir} and starts the broker on two free ports; returns once it serves. */
    static BrokerProcess start(Path dir) throws Exception {
        Path classpathFile = ROOT.resolve("test-kafka/target/broker-classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: package test-kafka first (./mvnw install)");
        }
        String classpath = Files.readString(classpathFile).strip();
        int port = freePort();
        int controllerPort = freePort();
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Files.writeString(config, Files.readString(ROOT.resolve("deploy/local/server.properties"))
                .replace("@DATA@", dir.resolve("data").toAbsolutePath().toString())
                .replace("@PORT@", String.valueOf(port))
                .replace("@CONTROLLER_PORT@", String.valueOf(controllerPort)));
        BrokerProcess broker = new BrokerProcess(dir, config, port, classpath);
        broker.format();
        broker.start();
        return broker;
    }

    private void format() throws Exception {
        Process format = java("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString()).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("cannot format the broker's storage; see " + dir.resolve("format.log"));
        }
    }

    /** Starts the broker (again) on the same ports and log dir; returns once it answers an admin request. */
    void start() throws Exception {
        incarnation++;
        // Each incarnation logs to a file of its own: what the last one did before it went is worth reading.
        process = java("kafka.Kafka", config.toString())
                .redirectOutput(dir.resolve("kafka-" + incarnation + ".log").toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!serves()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + dir);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not serve within " + START_LIMIT + "; see " + dir);
            }
            Thread.sleep(250);
        }
    }

    /** SIGTERM: a controlled shutdown, logs flushed; returns once the process is gone. */
    void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the broker did not stop within 120 s of SIGTERM");
        }
    }

    /** SIGKILL, as a lost node: no shutdown, unflushed log segments recovered at the next start. */
    void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    /** The listener is open and the broker answers: a fresh node is not ready the moment its port is. */
    private boolean serves() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
        } catch (IOException notYet) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
            return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private ProcessBuilder java(String main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms256m", "-Xmx512m", "-cp", classpath, main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
