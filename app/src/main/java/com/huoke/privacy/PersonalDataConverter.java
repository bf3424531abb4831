package com.huoke.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a String attribute encrypted with {@link PersonalDataCipher}: use
 * {@code @Convert(converter = PersonalDataConverter.class)} on phone, WeChat id and e-mail columns.
 * Hibernate asks Spring for the instance (Boot wires its bean container), so the cipher is the
 * application's. Values written before encryption existed (no {@code v1:} prefix) still read as
 * they are.
 */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

  private final PersonalDataCipher cipher;

  public PersonalDataConverter(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return cipher.encrypt(attribute);
  }

  @Override
  public String convertToEntityAttribute(String column) {
    return cipher.decrypt(column);
  }
}
