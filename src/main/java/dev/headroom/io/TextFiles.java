package dev.headroom.io;

import dev.headroom.model.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a model or catalog file as UTF-8 text with a bound: at most {@link
 * Limits#MAX_FILE_BYTES} bytes are read, whatever the file is ({@code /dev/zero} and
 * {@code /dev/urandom} have no end), and a leading byte-order mark is dropped (editors on Windows
 * write one; JSON allows a parser to ignore it, RFC 8259 §8.1).
 */
final class TextFiles {
    private TextFiles() {}

    /** Why a file could not be read as text, in words for the user. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** The file's text. */
    static String read(Path file) throws Unreadable {
        if (Files.isDirectory(file)) {
            throw new Unreadable("this is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in);
        } catch (IOException e) {
            throw new Unreadable("cannot read the file: " + FileErrors.reason(e));
        }
    }

    /** The text of a stream (not closed here). */
    static String decode(InputStream in) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new Unreadable("the file is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, the most Headroom reads (docs/model-format.md \"Limits\")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not UTF-8 text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
