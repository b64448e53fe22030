package org.homeward.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.files.SpreadsheetCells;
import org.homeward.problems.CommonProblemCode;

/**
 * Reads a CSV file in the interchange layout: UTF-8 with or without BOM, or Windows-1256 Arabic
 * (detected when the bytes are not UTF-8 and read as Arabic), RFC 4180 quoting.
 */
final class CsvInterchangeReader implements InterchangeReader {

    static final Charset WINDOWS_ARABIC = Charset.forName("windows-1256");
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final Map<Integer, InterchangeColumn> columns;
    private final String note;

    CsvInterchangeReader(Path file) throws IOException {
        Charset charset = detectCharset(file);
        note = charset.equals(StandardCharsets.UTF_8) ? "" : "Read as Windows-1256 (Arabic) because it is not UTF-8";
        Reader reader =
                new BufferedReader(new InputStreamReader(skipBom(Files.newInputStream(file)), charset), 1 << 16);
        parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        records = parser.iterator();
        if (!guardedHasNext()) {
            parser.close();
            throw new InterchangeFileException(
                    new ImportProblem(1, "", CommonProblemCode.FILE_EMPTY, "The file is empty: it has no header row"));
        }
        header = records.next().values();
        columns = InterchangeReader.columnsOf(header);
    }

    @Override
    public boolean hasNext() {
        return guardedHasNext();
    }

    @Override
    public InterchangeRow next() {
        if (!guardedHasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        return InterchangeReader.row(record.getRecordNumber(), restored(record.values()), header, columns);
    }

    /** Takes off the quote Homeward's own exports put before a value a spreadsheet would evaluate. */
    private static String[] restored(String[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = SpreadsheetCells.restored(values[i]);
        }
        return values;
    }

    /** commons-csv reports broken quoting lazily, while looking for the next record. */
    private boolean guardedHasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException broken) {
            long row = parser.getRecordNumber() + 1;
            throw new InterchangeFileException(new ImportProblem(
                    row,
                    "",
                    CommonProblemCode.CSV_MALFORMED,
                    "The CSV is malformed near row " + row + " (check the quotes: a quoted value must end with a quote"
                            + " followed by a comma or the end of the line)"));
        }
    }

    @Override
    public String[] header() {
        return header.clone();
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** UTF-8 when every byte sequence is valid UTF-8; else Windows-1256 when the text reads as Arabic. */
    static Charset detectCharset(Path file) throws IOException {
        if (isValid(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (looksArabic(file)) {
            return WINDOWS_ARABIC;
        }
        throw new InterchangeFileException(new ImportProblem(
                0,
                "",
                RegistryProblemCode.ENCODING_UNSUPPORTED,
                "The file is neither UTF-8 nor Windows-1256 Arabic text; save it as \"CSV UTF-8\""));
    }

    private static boolean isValid(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError()
                    && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Windows-1256 maps almost every byte; the file counts as Arabic when its high bytes are mostly Arabic letters. */
    private static boolean looksArabic(Path file) throws IOException {
        long high = 0;
        long arabic = 0;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), WINDOWS_ARABIC)) {
            char[] buffer = new char[1 << 16];
            int read;
            while ((read = reader.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (c > 0x7F) {
                        high++;
                        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                            arabic++;
                        }
                    } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        return false;
                    }
                }
            }
        }
        return high > 0 && arabic * 10 >= high * 8;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        InputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3
                && (start[0] & 0xFF) == 0xEF
                && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
