package com.huoke.lead.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) in the declared charset,
 * UTF-8 by default, a byte-order mark skipped. Text that is not in the charset fails the import
 * rather than being read as garbage. Blank lines count as rows, as a spreadsheet shows them.
 */
final class CsvRows implements SheetRows {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final Charset charset;

  CsvRows(Charset charset) {
    this.charset = charset;
  }

  @Override
  public void read(Path file, Handler handler) {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, handler);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Streams the rows of {@code in} and closes it. */
  void read(InputStream in, Handler handler) {
    try (Reader reader = open(in);
        CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      for (CSVRecord record : parser) {
        handler.row(Math.toIntExact(record.getRecordNumber()), record.toList());
      }
    } catch (UncheckedIOException e) {
      throw failure(e.getCause());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private Reader open(InputStream in) throws IOException {
    Reader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                charset
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }

  private ImportFileException failure(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new ImportFileException(
          "Expected text in %s, but the file has bytes that are not: declare its charset (e.g."
                  .formatted(charset.name())
              + " charset=GBK for files saved by Excel on Chinese Windows)",
          e);
    }
    return new ImportFileException("Expected a readable CSV file, but " + e.getMessage(), e);
  }
}
