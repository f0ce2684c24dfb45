package de.ropa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, phase process-test-classes): compiles every template in reports/ into
 * target/classes/reports, so the WAR loads ready reports and never compiles one on a request.
 * Lives with the test sources because only the build needs the Java compiler it uses.
 */
public final class CompileReports {

    private CompileReports() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled) && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("compiled report " + template.getFileName() + " -> " + compiled);
        }
    }
}
