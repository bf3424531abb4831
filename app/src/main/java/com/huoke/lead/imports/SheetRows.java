package com.huoke.lead.imports;

import java.nio.file.Path;
import java.util.List;

/** Reads a file's rows one at a time, in order, handing each to a handler as it is read. */
interface SheetRows {

  /**
   * Streams the rows of {@code file}, the header row included.
   *
   * @throws ImportFileException when the file cannot be read as this format
   */
  void read(Path file, Handler handler);

  /** Receives each row: its number as a spreadsheet shows it (from 1) and its cells. */
  @FunctionalInterface
  interface Handler {
    void row(int rowNumber, List<String> cells);
  }
}
