package de.ropa.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file produced for one request (a PDF, an export) sent as an attachment and deleted once sent. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(Path file, String mediaType, String fileName) {
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        try {
            return Response.ok(body, mediaType)
                    .header("Content-Length", Files.size(file))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
