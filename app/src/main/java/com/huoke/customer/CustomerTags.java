package com.huoke.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer tags (seed §2.2.1 标签体系): tagging customers and the list of tags. */
@Service
public class CustomerTags {

  private final LiveCustomers live;
  private final Tags tags;
  private final TagRepository tagRepository;
  private final Timeline timeline;
  private final CustomerViews views;

  CustomerTags(
      LiveCustomers live,
      Tags tags,
      TagRepository tagRepository,
      Timeline timeline,
      CustomerViews views) {
    this.live = live;
    this.tags = tags;
    this.tagRepository = tagRepository;
    this.timeline = timeline;
    this.views = views;
  }

  /** Adds and removes tags; returns the customer's tags afterwards. */
  @Transactional
  public List<TagView> change(UUID customerId, TagChanges changes) {
    Instant now = Instant.now();
    Customer customer = live.forChange(customerId);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (TagRef ref : changes.add()) {
      if (customer.addTag(tags.idOf(ref, now), now)) {
        added.add(label(ref));
      }
    }
    for (TagRef ref : changes.remove()) {
      tagRepository
          .findByCategoryAndName(ref.category(), ref.name())
          .filter(tag -> customer.removeTag(tag.id(), now))
          .ifPresent(tag -> removed.add(label(ref)));
    }
    if (!added.isEmpty() || !removed.isEmpty()) {
      timeline.record(
          customer,
          new NewActivity(
              ActivityType.TAGS_CHANGED,
              now,
              summary(added, removed),
              Map.of("added", added, "removed", removed),
              null),
          Actors.current());
      timeline.changed(customer, CustomerChange.TAGS, now);
    }
    return views.of(customer).tags();
  }

  /** Every tag (of {@code category}, when given) with how many live customers carry it. */
  @Transactional(readOnly = true)
  public List<TagUsage> all(TagCategory category) {
    Map<UUID, Long> counts = new HashMap<>();
    for (Object[] row : tagRepository.countLiveCustomersPerTag()) {
      counts.put((UUID) row[0], ((Number) row[1]).longValue());
    }
    List<Tag> found =
        category == null
            ? tagRepository.findAllByOrderByCategoryAscNameAsc()
            : tagRepository.findByCategoryOrderByName(category);
    return found.stream()
        .map(t -> new TagUsage(t.id(), t.category(), t.name(), counts.getOrDefault(t.id(), 0L)))
        .toList();
  }

  private static String label(TagRef ref) {
    return ref.category() + ":" + ref.name();
  }

  private static String summary(List<String> added, List<String> removed) {
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("Tagged " + String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      parts.add("untagged " + String.join(", ", removed));
    }
    return String.join("; ", parts);
  }
}
