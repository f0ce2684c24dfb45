package de.ropa.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A checked request body handed on to its reader: the bytes are let go once they have been read to the end or the
 * stream is closed, not when the request ends (an imported register is up to {@link BodyLimits#IMPORT} of them, and
 * the objects read from it need the room).
 */
final class ReadOnceBody extends InputStream {

    private ByteArrayInputStream bytes;

    ReadOnceBody(byte[] body) {
        bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
        int read = bytes == null ? -1 : bytes.read();
        if (read < 0) {
            bytes = null;
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int read = bytes == null ? -1 : bytes.read(buffer, offset, length);
        if (read < 0) {
            bytes = null;
        }
        return read;
    }

    @Override
    public int available() {
        return bytes == null ? 0 : bytes.available();
    }

    @Override
    public void close() {
        bytes = null;
    }
}
