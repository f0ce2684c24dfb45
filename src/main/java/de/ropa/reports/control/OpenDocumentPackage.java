package de.ropa.reports.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An OpenDocument package as ODF 1.2 (part 3, 3.3) requires it: the entry {@code mimetype} first and stored
 * uncompressed, so that tools recognise the file by its first bytes. JasperReports writes it in another place.
 */
final class OpenDocumentPackage {

    private static final String MIMETYPE = "mimetype";

    private OpenDocumentPackage() {
    }

    /** Writes the package {@code written} to {@code out} with its mimetype entry first. */
    static void write(byte[] written, OutputStream out) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            byte[] mimetype = entries.remove(MIMETYPE);
            if (mimetype != null) {
                ZipEntry first = new ZipEntry(MIMETYPE);
                first.setMethod(ZipEntry.STORED);
                first.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenDocument file could not be written", e);
        }
    }
}
