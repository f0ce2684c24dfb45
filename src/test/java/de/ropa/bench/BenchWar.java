package de.ropa.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The product's WAR plus the benchmark's probe classes, and a fresh work directory for the benchmark's server. */
final class BenchWar {

    /** Compiled test classes the probe needs inside the server (its inner classes are found by prefix). */
    private static final List<String> PROBE = List.of("de/ropa/bench/BenchProbe", "de/ropa/bench/HeapWatch",
            "de/ropa/reports/control/BareJasper");

    private BenchWar() {
    }

    /** Removes the servers of an earlier run (their configuration, data and logs): each run starts empty. */
    static void prepare(Path work) throws IOException {
        Files.createDirectories(work);
        try (Stream<Path> servers = Files.list(work)) {
            for (Path server : servers.filter(p -> p.getFileName().toString().startsWith("server")).toList()) {
                try (Stream<Path> old = Files.walk(server)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    static Path build(Path war, Path testClasses, Path benchWar) throws IOException {
        if (!Files.exists(war)) {
            throw new IllegalStateException(war + " is missing: run the benchmark with mvn -Pbench verify");
        }
        Files.copy(war, benchWar, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + benchWar.toUri()), Map.of())) {
            for (String name : PROBE) {
                Path directory = testClasses.resolve(name).getParent();
                String simple = testClasses.resolve(name).getFileName().toString();
                try (Stream<Path> classes = Files.list(directory)) {
                    for (Path file : classes.filter(f -> f.getFileName().toString().equals(simple + ".class")
                            || f.getFileName().toString().startsWith(simple + "$")).toList()) {
                        Path into = zip.getPath("WEB-INF/classes", name).getParent().resolve(file.getFileName().toString());
                        Files.createDirectories(into.getParent());
                        Files.copy(file, into, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return benchWar;
    }
}
