package io.raqib.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the repository is, and what its services say about themselves. */
final class Repo {

    private Repo() {
    }

    /** The repository root: set by surefire ({@code raqib.repo.root}), else found upwards from the working directory. */
    static Path root() {
        String configured = System.getProperty("raqib.repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/k8s not found above " + Path.of("").toAbsolutePath());
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static Properties applicationProperties(String service) {
        Path file = root().resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
