package com.huoke.customer;

/** The type of a custom field, which decides the column its values go to. */
public enum CustomFieldType {
  TEXT,
  NUMBER,
  DATE,
  /** One of the definition's options. */
  OPTION
}
