package com.huoke.customer.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.ConflictException;
import com.huoke.customer.CustomerPage;
import com.huoke.customer.CustomerSummaries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer segments (seed §2.2.1 客户分群): previews of rules, saved segments, and who is in them now.
 * Rules are checked whenever they are used, against the custom fields defined at that time.
 */
@Service
public class CustomerSegments {

  private static final String RULES = "rules";
  private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};

  private final SegmentRepository segments;
  private final SegmentRules rules;
  private final SegmentQueries queries;
  private final CustomerSummaries summaries;
  private final SegmentProperties properties;
  private final ObjectMapper json;

  CustomerSegments(
      SegmentRepository segments,
      SegmentRules rules,
      SegmentQueries queries,
      CustomerSummaries summaries,
      SegmentProperties properties,
      ObjectMapper json) {
    this.segments = segments;
    this.rules = rules;
    this.queries = queries;
    this.summaries = summaries;
    this.properties = properties;
    this.json = json;
  }

  /** How many live customers match {@code rulesJson}, with the most recently active of them. */
  @Transactional(readOnly = true)
  public SegmentPreview preview(JsonNode rulesJson) {
    SegmentRule rule = rules.parse(rulesJson, RULES);
    Instant now = Instant.now();
    return new SegmentPreview(
        queries.count(rule, now), summaries.of(queries.ids(rule, now, 0, properties.sampleSize())));
  }

  /** Saves a segment; its name must be new. */
  @Transactional
  public SegmentView create(SegmentDefinition definition) {
    rules.parse(definition.rules(), RULES);
    if (segments.existsByName(definition.name())) {
      throw nameTaken(definition.name());
    }
    Segment segment =
        Segment.create(
            UUID.randomUUID(),
            definition.name(),
            definition.description(),
            asMap(definition.rules()),
            Instant.now());
    return save(segment).view();
  }

  /** Every saved segment by name. */
  @Transactional(readOnly = true)
  public List<SegmentView> list() {
    return segments.findAllByOrderByNameAsc().stream().map(Segment::view).toList();
  }

  @Transactional(readOnly = true)
  public SegmentView find(UUID id) {
    return load(id).view();
  }

  /** Replaces the segment's name, description and rules. */
  @Transactional
  public SegmentView update(UUID id, SegmentDefinition definition) {
    Segment segment = load(id);
    rules.parse(definition.rules(), RULES);
    if (segments.existsByNameAndIdNot(definition.name(), id)) {
      throw nameTaken(definition.name());
    }
    segment.replace(
        definition.name(), definition.description(), asMap(definition.rules()), Instant.now());
    return save(segment).view();
  }

  @Transactional
  public void delete(UUID id) {
    segments.delete(load(id));
  }

  /** One page of the segment's live customers, most recently active first. */
  @Transactional(readOnly = true)
  public CustomerPage members(UUID id, int page, int size) {
    SegmentRule rule = savedRule(load(id));
    Instant now = Instant.now();
    long total = queries.count(rule, now);
    List<UUID> ids = queries.ids(rule, now, (long) page * size, size);
    return new CustomerPage(
        summaries.of(ids), page, size, total, (int) ((total + size - 1) / size));
  }

  /** How many live customers the segment matches now. */
  @Transactional(readOnly = true)
  public SegmentCount count(UUID id) {
    Segment segment = load(id);
    Instant now = Instant.now();
    return new SegmentCount(segment.id(), queries.count(savedRule(segment), now), now);
  }

  private SegmentRule savedRule(Segment segment) {
    return rules.parse(json.valueToTree(segment.rules()), RULES);
  }

  private Segment load(UUID id) {
    return segments.findById(id).orElseThrow(() -> new SegmentNotFoundException(id));
  }

  private Segment save(Segment segment) {
    try {
      return segments.saveAndFlush(segment);
    } catch (DataIntegrityViolationException concurrentlyNamed) {
      throw nameTaken(segment.name());
    }
  }

  private Map<String, Object> asMap(JsonNode rulesJson) {
    return json.convertValue(rulesJson, AS_MAP);
  }

  private static ConflictException nameTaken(String name) {
    return new ConflictException(
        "segment_name_taken", "Expected a new segment name, but '" + name + "' is taken");
  }
}
