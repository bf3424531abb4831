package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.privacy.Masking;
import com.huoke.privacy.PersonalDataAccess;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Maps customers to the API's views, masking personal data for callers who may not see it. */
@Component
class CustomerViews {

  private final PersonalDataAccess access;
  private final TagRepository tags;
  private final CustomerIdentities identities;
  private final CustomerSourceRepository sources;

  CustomerViews(
      PersonalDataAccess access,
      TagRepository tags,
      CustomerIdentities identities,
      CustomerSourceRepository sources) {
    this.access = access;
    this.tags = tags;
    this.identities = identities;
    this.sources = sources;
  }

  CustomerView of(Customer customer) {
    boolean visible = access.currentCallerMaySee();
    CompanyInfo company = customer.company();
    return new CustomerView(
        customer.id(),
        customer.type(),
        customer.type().label(),
        visible ? customer.name() : Masking.name(customer.name()),
        customer.avatar(),
        visible ? customer.phone() : Masking.phone(customer.phone()),
        visible ? customer.wechatId() : Masking.handle(customer.wechatId()),
        customer.dingtalkId(),
        visible ? customer.email() : Masking.email(customer.email()),
        new CustomerView.Company(
            company.name(), company.industry(), company.size(), company.province(), company.city()),
        customer.stage(),
        customer.stage().label(),
        customer.score(),
        customer.ownerUserId(),
        tagViews(customer.tags().keySet(), tagsById(customer.tags().keySet())),
        new TreeMap<>(
            customer.fieldValues().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asJson()))),
        customer.firstTouch(),
        identities.of(customer.id()).stream()
            .map(
                stored ->
                    new CustomerView.IdentityView(
                        stored.identity().kind(),
                        visible
                            ? stored.identity().value()
                            : mask(stored.identity().kind(), stored.identity().value()),
                        stored.leadId()))
            .toList(),
        sources.findByCustomerIdOrderByCapturedAt(customer.id()).stream()
            .map(
                s ->
                    new CustomerView.SourceView(
                        s.leadId(),
                        s.platform(),
                        s.channel(),
                        s.campaign(),
                        s.leadScore(),
                        s.capturedAt()))
            .toList(),
        customer.lastActivityAt(),
        customer.createdAt(),
        customer.updatedAt(),
        customer.version());
  }

  /** A page of summaries; the tags of all its customers are read at once. */
  List<CustomerSummary> summaries(List<Customer> customers) {
    boolean visible = access.currentCallerMaySee();
    Set<UUID> tagIds = new HashSet<>();
    customers.forEach(c -> tagIds.addAll(c.tags().keySet()));
    Map<UUID, Tag> known = tagsById(tagIds);
    return customers.stream()
        .map(
            c ->
                new CustomerSummary(
                    c.id(),
                    c.type(),
                    visible ? c.name() : Masking.name(c.name()),
                    visible ? c.phone() : Masking.phone(c.phone()),
                    c.company().name(),
                    c.stage(),
                    c.stage().label(),
                    c.score(),
                    c.ownerUserId(),
                    tagViews(c.tags().keySet(), known),
                    c.lastActivityAt(),
                    c.createdAt()))
        .toList();
  }

  static String mask(IdentityKind kind, String value) {
    return switch (kind) {
      case PHONE -> Masking.phone(value);
      case EMAIL -> Masking.email(value);
      case WECHAT_ID, WECHAT_OPENID, WECOM_EXTERNAL_USERID, DOUYIN_OPENID -> Masking.handle(value);
    };
  }

  private Map<UUID, Tag> tagsById(Collection<UUID> ids) {
    return ids.isEmpty()
        ? Map.of()
        : tags.findAllById(ids).stream().collect(Collectors.toMap(Tag::id, Function.identity()));
  }

  private static List<TagView> tagViews(Collection<UUID> ids, Map<UUID, Tag> known) {
    return ids.stream()
        .map(known::get)
        .filter(Objects::nonNull)
        .map(t -> new TagView(t.id(), t.category(), t.name()))
        .sorted(Comparator.comparing(TagView::category).thenComparing(TagView::name))
        .toList();
  }
}
