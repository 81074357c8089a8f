package org.kcity.deploy.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a tar stream (ustar, with PAX and GNU long names) entry by entry: enough to look inside an OCI image tarball
 * and its layers without a container engine.
 */
public final class TarEntries {

    /** One regular file or directory: its path without a leading {@code /} or {@code ./}, mode and content. */
    public record Entry(String path, int mode, char type, byte[] content) {
        public boolean isDirectory() {
            return type == '5';
        }
    }

    private TarEntries() {
    }

    /** Every entry of the stream, by path; contents are kept only for entries {@code keep} names. */
    static Map<String, Entry> read(InputStream tar, java.util.function.Predicate<String> keep) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String longName = null;
        byte[] header = new byte[512];
        while (true) {
            if (!readFully(tar, header)) {
                return entries;
            }
            if (isZero(header)) {
                return entries;
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            int mode = (int) octal(header, 100, 8);
            long size = octal(header, 124, 12);
            char type = (char) (header[156] == 0 ? '0' : header[156]);
            byte[] content = null;
            boolean needContent = type == 'x' || type == 'L' || keep.test(clean(longName != null ? longName : name));
            if (needContent) {
                content = tar.readNBytes((int) size);
                skip(tar, padding(size));
            } else {
                skip(tar, size + padding(size));
            }
            if (type == 'x') {
                longName = paxPath(new String(content, StandardCharsets.UTF_8));
                continue;
            }
            if (type == 'L') {
                longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            String path = clean(longName != null ? longName : name);
            longName = null;
            entries.put(path, new Entry(path, mode, type, content));
        }
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String clean(String path) {
        String clean = path.startsWith("./") ? path.substring(2) : path;
        clean = clean.startsWith("/") ? clean.substring(1) : clean;
        return clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static long padding(long size) {
        return (512 - size % 512) % 512;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read == 0) {
            return false;
        }
        if (read < buffer.length) {
            throw new EOFException("Truncated tar header");
        }
        return true;
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("Truncated tar entry");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isZero(byte[] header) {
        for (byte b : header) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
