package com.huoke.engine.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.operaton.bpm.engine.variable.value.ObjectValue;
import org.operaton.bpm.engine.variable.value.TypedValue;

/**
 * Stores Map, List, record and POJO variables as JSON object values and reads them back as plain
 * Map / List / scalar values — the shape Zeebe gives them, and the shape FEEL (feel-scala) sees as
 * contexts and lists. Java serialization stays prohibited; Spin is not needed.
 */
final class JsonVariableSerializer extends AbstractObjectValueSerializer {

  static final String NAME = "huoke-json";
  static final String FORMAT = "application/json";
  static final String OBJECT_TYPE = "java.util.Map";
  static final String LIST_TYPE = "java.util.List";
  static final String SCALAR_TYPE = "java.lang.Object";

  private final ObjectMapper mapper;

  JsonVariableSerializer(ObjectMapper mapper) {
    super(FORMAT);
    this.mapper = mapper;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /**
   * The value the engine caches is already JSON-shaped, so FEEL and listeners that read it in the
   * same transaction see the Map / List a later read would give, never the caller's record.
   */
  @Override
  public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
    Object value = untypedValue.getValue();
    Object jsonShaped;
    try {
      jsonShaped = value == null ? null : mapper.convertValue(value, Object.class);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException(
          "Expected a variable value that maps to JSON, but %s does not: %s"
              .formatted(value.getClass().getName(), e.getMessage()),
          e);
    }
    return Variables.objectValue(jsonShaped, untypedValue.isTransient())
        .serializationDataFormat(FORMAT)
        .create();
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }

  @Override
  protected String getTypeNameForDeserialized(Object value) {
    if (value instanceof Map<?, ?>) {
      return OBJECT_TYPE;
    }
    if (value instanceof Collection<?> || value.getClass().isArray()) {
      return LIST_TYPE;
    }
    boolean scalar =
        value instanceof CharSequence
            || value instanceof Number
            || value instanceof Boolean
            || isJsonScalar(value);
    return scalar ? SCALAR_TYPE : OBJECT_TYPE;
  }

  @Override
  protected byte[] serializeToByteArray(Object value) throws Exception {
    return mapper.writeValueAsBytes(value);
  }

  /** Whatever class was stored, the value comes back as JSON-shaped Java: Map, List or scalar. */
  @Override
  protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
    return mapper.readValue(bytes, Object.class);
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return isJsonShaped(value);
  }

  /**
   * True for values Operaton has no primitive serializer for and Zeebe would hold as JSON. Strings,
   * numbers, booleans, dates, bytes and Operaton's own values keep their built-in serializers.
   */
  static boolean isJsonShaped(Object value) {
    if (value instanceof Map<?, ?>
        || value instanceof Collection<?>
        || value instanceof Record
        || isJsonScalar(value)) {
      return true;
    }
    if (value instanceof TypedValue || value instanceof byte[] || value instanceof CharSequence) {
      return false;
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      return true;
    }
    String name = type.getName();
    return !type.isPrimitive()
        && !name.startsWith("java.")
        && !name.startsWith("javax.")
        && !name.startsWith("jdk.")
        && !name.startsWith("scala.")
        && !name.startsWith("org.operaton.");
  }

  /** Values Jackson writes as a JSON string or number, as Zeebe would hold them. */
  private static boolean isJsonScalar(Object value) {
    return value instanceof Enum<?>
        || value instanceof TemporalAccessor
        || value instanceof TemporalAmount
        || value instanceof BigDecimal
        || value instanceof BigInteger;
  }
}
