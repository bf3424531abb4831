package com.huoke.lead.imports;

/** The file as a whole cannot be imported (unreadable, wrong charset, no contact column). */
final class ImportFileException extends RuntimeException {

  ImportFileException(String message) {
    super(message);
  }

  ImportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
