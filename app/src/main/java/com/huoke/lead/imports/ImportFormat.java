package com.huoke.lead.imports;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an import reads, told apart by the file name's extension. */
public enum ImportFormat {
  CSV(".csv"),
  XLSX(".xlsx");

  private final String extension;

  ImportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  static Optional<ImportFormat> ofFileName(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    for (ImportFormat format : values()) {
      if (lower.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
