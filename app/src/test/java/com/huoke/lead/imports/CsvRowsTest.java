package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  static final Charset GBK = Charset.forName("GBK");

  @Test
  void skipsAUtf8ByteOrderMarkBeforeTheHeader() {
    List<Row> rows = read(StandardCharsets.UTF_8, "\uFEFF\"姓名\",手机号\n王芳,13812345678\n");

    assertThat(rows)
        .containsExactly(
            new Row(1, List.of("姓名", "手机号")), new Row(2, List.of("王芳", "13812345678")));
  }

  @Test
  void readsGbkTextWhenDeclared() {
    List<Row> rows = read(GBK, "姓名,公司\n李四,杭州云启软件\n");

    assertThat(rows.get(1).cells()).containsExactly("李四", "杭州云启软件");
  }

  @Test
  void refusesBytesThatAreNotInTheCharsetInsteadOfReadingGarbage() {
    byte[] gbk = "姓名,公司\n李四,杭州云启软件\n".getBytes(GBK);

    assertThatThrownBy(
            () ->
                new CsvRows(StandardCharsets.UTF_8)
                    .read(new ByteArrayInputStream(gbk), (n, c) -> {}))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("Expected text in UTF-8")
        .hasMessageContaining("charset=GBK");
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaksAsOneRowEach() {
    List<Row> rows = read(StandardCharsets.UTF_8, "姓名,备注\n\"王, 芳\",\"说 \"\"你好\"\"\n第二行\"\n\n李四,\n");

    assertThat(rows)
        .containsExactly(
            new Row(1, List.of("姓名", "备注")),
            new Row(2, List.of("王, 芳", "说 \"你好\"\n第二行")),
            new Row(3, List.of("")),
            new Row(4, List.of("李四", "")));
  }

  @Test
  void failsOnAnUnterminatedQuoteNamingTheProblem() {
    assertThatThrownBy(() -> read(StandardCharsets.UTF_8, "姓名\n\"王芳\n"))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("Expected a readable CSV file");
  }

  /**
   * Streaming by design: 200,000 rows (about 8 MB) are generated as they are read and never exist
   * as a whole; each row reaches the handler before the reader has gone more than its buffers (well
   * under 64 KiB) past it.
   */
  @Test
  void handsOnEachRowWithoutReadingFarAheadOfIt() {
    GeneratedCsv csv = new GeneratedCsv(200_000);
    long[] maxReadAhead = {0};
    int[] rowsSeen = {0};

    new CsvRows(StandardCharsets.UTF_8)
        .read(
            csv,
            (rowNumber, cells) -> {
              rowsSeen[0]++;
              maxReadAhead[0] =
                  Math.max(maxReadAhead[0], csv.bytesGenerated() - csv.bytesUpToRow(rowNumber));
            });

    assertThat(rowsSeen[0]).isEqualTo(200_001);
    assertThat(csv.bytesGenerated()).isGreaterThan(6_000_000);
    assertThat(maxReadAhead[0]).isLessThan(64 * 1024);
  }

  private static List<Row> read(Charset charset, String text) {
    List<Row> rows = new ArrayList<>();
    new CsvRows(charset)
        .read(new ByteArrayInputStream(text.getBytes(charset)), (n, c) -> rows.add(new Row(n, c)));
    return rows;
  }

  record Row(int number, List<String> cells) {}

  /** A CSV of {@code rows} leads made up as they are read; every line is the same length. */
  static final class GeneratedCsv extends InputStream {

    static final byte[] HEADER = "姓名,手机号,公司\n".getBytes(StandardCharsets.UTF_8);
    static final int LINE =
        "王芳0000001,13800000001,公司0000001\n".getBytes(StandardCharsets.UTF_8).length;

    private final int rows;
    private byte[] current = HEADER;
    private int position;
    private int row;
    private long generated;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    long bytesGenerated() {
      return generated;
    }

    /** Bytes of the file up to and including row {@code rowNumber} (the header is row 1). */
    long bytesUpToRow(int rowNumber) {
      return HEADER.length + (long) (rowNumber - 1) * LINE;
    }

    @Override
    public int read() {
      if (position == current.length && !next()) {
        return -1;
      }
      generated++;
      return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == current.length && !next()) {
        return -1;
      }
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      generated += count;
      return count;
    }

    private boolean next() {
      if (row == rows) {
        return false;
      }
      row++;
      current = "王芳%07d,138%08d,公司%07d\n".formatted(row, row, row).getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }
  }
}
