package com.huoke.customer.segment;

import com.huoke.customer.DealStage;
import java.util.List;
import java.util.Set;

/**
 * A field a segment condition can test: its name in rules, its type, the operators it takes, the
 * values it may hold (for choices) and where it lives. Only the fields of {@link SegmentFields} and
 * defined custom fields exist, so every column a rule reaches is one named in code.
 */
public record SegmentField(
    String name,
    SegmentValueType type,
    Set<SegmentOperator> operators,
    List<String> choices,
    Location location) {

  public SegmentField {
    operators = Set.copyOf(operators);
    choices = List.copyOf(choices);
  }

  /** Where a field's values live, relative to the customer row {@code c}. */
  public sealed interface Location {}

  /** A column of the customer row, e.g. {@code c.score}. */
  public record CustomerColumn(String column) implements Location {}

  /** A column of the customer's source leads ({@code customer_sources s}): any lead counts. */
  public record SourceColumn(String column) implements Location {}

  /** The stage of any of the customer's deals. */
  public record DealStages() implements Location {}

  /** How many deals of {@code stage} the customer has. */
  public record DealCount(DealStage stage) implements Location {}

  /** The customer's tags. */
  public record Tags() implements Location {}

  /** A custom field's value, in the column of its type ({@code text_value}, …). */
  public record CustomFieldValue(String key, String column) implements Location {}
}
