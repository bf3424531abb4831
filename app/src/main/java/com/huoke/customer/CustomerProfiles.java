package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.contact.Region;
import com.huoke.contact.Regions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers as the API manages them: create by hand, read, list, update. */
@Service
public class CustomerProfiles {

  private final CustomerRepository customers;
  private final LiveCustomers live;
  private final IdentityFactory identityFactory;
  private final CustomerIdentities identities;
  private final CustomFields customFields;
  private final Tags tags;
  private final CustomerLifecycle lifecycle;
  private final Timeline timeline;
  private final CustomerViews views;

  CustomerProfiles(
      CustomerRepository customers,
      LiveCustomers live,
      IdentityFactory identityFactory,
      CustomerIdentities identities,
      CustomFields customFields,
      Tags tags,
      CustomerLifecycle lifecycle,
      Timeline timeline,
      CustomerViews views) {
    this.customers = customers;
    this.live = live;
    this.identityFactory = identityFactory;
    this.identities = identities;
    this.customFields = customFields;
    this.tags = tags;
    this.lifecycle = lifecycle;
    this.timeline = timeline;
    this.views = views;
  }

  /**
   * Creates a customer entered by hand; refuses ({@link IdentityTakenException}) when one of its
   * phone, WeChat id, e-mail or platform ids belongs to a customer already, even one created by a
   * concurrent request.
   */
  @Transactional
  public CustomerView create(NewCustomer request) {
    Instant now = Instant.now();
    List<Identity> ids =
        identityFactory.of(
            request.phone(), request.wechatId(), request.email(), request.identities());
    refuseTaken(ids, null);
    Map<String, FieldValue> fields = customFields.parse(request.customFields());
    CustomerProfile profile =
        new CustomerProfile(
            request.type(),
            request.name(),
            request.avatar(),
            valueOf(ids, IdentityKind.PHONE),
            valueOf(ids, IdentityKind.WECHAT_ID),
            request.dingtalkId(),
            valueOf(ids, IdentityKind.EMAIL),
            company(request.company()),
            request.ownerUserId());
    Customer customer =
        customers.save(Customer.create(UUID.randomUUID(), profile, request.stage(), now));
    for (Identity identity : ids) {
      if (!identities.claim(identity, customer.id(), null, now)) {
        refuseTaken(List.of(identity), customer.id()); // a concurrent request took it
      }
    }
    request.tags().forEach(ref -> customer.addTag(tags.idOf(ref, now), now));
    fields.forEach((key, value) -> customer.setField(key, value, now));
    String actor = Actors.current();
    timeline.record(
        customer,
        NewActivity.of(ActivityType.CUSTOMER_CREATED, now, "Customer created by hand"),
        actor);
    timeline.changed(customer, CustomerChange.CREATED, now);
    return views.of(customer);
  }

  /** The customer, or the one it was merged into. */
  @Transactional(readOnly = true)
  public CustomerView find(UUID id) {
    return views.of(live.forReading(id));
  }

  /** Live customers matching {@code query}; {@code page} counts from 0. */
  @Transactional(readOnly = true)
  public CustomerPage list(CustomerQuery query, CustomerSort sort, int page, int size) {
    Page<Customer> found =
        customers.findAll(CustomerSearch.matching(query, sort), PageRequest.of(page, size));
    return new CustomerPage(
        views.summaries(found.getContent()),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }

  /** Applies {@code update} (see {@link CustomerUpdate} for what null and "" mean). */
  @Transactional
  public CustomerView update(UUID id, CustomerUpdate update) {
    Instant now = Instant.now();
    Customer customer = live.forChange(id);
    if (update.version() != null && update.version() != customer.version()) {
      throw new ConflictException(
          "stale_customer",
          "Expected version %d of customer %s, but it is at version %d; read it again"
              .formatted(update.version(), id, customer.version()));
    }
    Map<String, FieldValue> fields = customFields.parse(update.customFields());
    CustomerProfile before = customer.profile();
    customer.apply(
        new CustomerProfile(
            update.type(),
            update.name(),
            update.avatar(),
            changeContact(customer, IdentityKind.PHONE, update.phone(), before.phone(), now),
            changeContact(
                customer, IdentityKind.WECHAT_ID, update.wechatId(), before.wechatId(), now),
            update.dingtalkId(),
            changeContact(customer, IdentityKind.EMAIL, update.email(), before.email(), now),
            company(update.company()),
            update.ownerUserId()));
    List<String> changed = changedParts(before, customer.profile());
    fields.forEach((key, value) -> customer.setField(key, value, now));
    fields.keySet().forEach(key -> changed.add("customFields." + key));
    String actor = Actors.current();
    if (!changed.isEmpty()) {
      customer.touch(now);
      timeline.record(
          customer,
          new NewActivity(
              ActivityType.PROFILE_UPDATED,
              now,
              "Updated " + String.join(", ", changed),
              Map.of("fields", changed),
              null),
          actor);
      timeline.changed(customer, CustomerChange.PROFILE, now);
    }
    lifecycle.change(customer, update.stage(), null, actor, now);
    return views.of(customer);
  }

  /**
   * The normalised new value of a primary contact, claimed for this customer; null (no change) when
   * not given or equal to the current one, "" when cleared. The replaced value is released if it
   * was typed in by hand.
   */
  private String changeContact(
      Customer customer, IdentityKind kind, String given, String current, Instant now) {
    if (given == null) {
      return null;
    }
    Identity old = current == null ? null : identityFactory.of(kind, current, kind.name());
    if (given.isBlank()) {
      if (old != null) {
        identities.releaseIfManual(customer.id(), old);
      }
      return "";
    }
    Identity next = identityFactory.of(kind, given, fieldName(kind));
    if (old != null && old.hash().equals(next.hash())) {
      return next.value();
    }
    UUID owner = identities.owners(List.of(next)).get(next);
    if (owner != null && !owner.equals(customer.id())) {
      throw new IdentityTakenException(live.forReading(owner).id(), List.of(kind));
    }
    if (owner == null && !identities.claim(next, customer.id(), null, now)) {
      refuseTaken(List.of(next), customer.id());
    }
    if (old != null) {
      identities.releaseIfManual(customer.id(), old);
    }
    return next.value();
  }

  private void refuseTaken(List<Identity> ids, UUID self) {
    Map<Identity, UUID> owners = identities.owners(ids);
    owners.entrySet().stream()
        .filter(entry -> !entry.getValue().equals(self))
        .findFirst()
        .ifPresent(
            first -> {
              UUID owner = first.getValue();
              List<IdentityKind> kinds =
                  owners.entrySet().stream()
                      .filter(e -> e.getValue().equals(owner))
                      .map(e -> e.getKey().kind())
                      .sorted()
                      .toList();
              throw new IdentityTakenException(live.forReading(owner).id(), kinds);
            });
  }

  private static CompanyInfo company(CompanyInput input) {
    if (input == null) {
      return null;
    }
    String province = null;
    String city = null;
    if (input.region() != null) {
      if (input.region().isBlank()) {
        province = "";
      } else {
        Optional<Region> region = Regions.parse(input.region());
        if (region.isEmpty()) {
          throw new InvalidCustomerRequestException(
              "company.region", "must name a province or city of China, such as 广东省 深圳市");
        }
        province = region.get().province();
        city = region.get().city() == null ? "" : region.get().city();
      }
    }
    return new CompanyInfo(input.name(), input.industry(), input.size(), province, city);
  }

  private static String valueOf(List<Identity> ids, IdentityKind kind) {
    return ids.stream().filter(i -> i.kind() == kind).map(Identity::value).findFirst().orElse(null);
  }

  private static String fieldName(IdentityKind kind) {
    return switch (kind) {
      case PHONE -> "phone";
      case WECHAT_ID -> "wechatId";
      case EMAIL -> "email";
      default -> kind.name();
    };
  }

  private static List<String> changedParts(CustomerProfile before, CustomerProfile after) {
    List<String> changed = new ArrayList<>();
    compare(changed, "type", before.type(), after.type());
    compare(changed, "name", before.name(), after.name());
    compare(changed, "avatar", before.avatar(), after.avatar());
    compare(changed, "phone", before.phone(), after.phone());
    compare(changed, "wechatId", before.wechatId(), after.wechatId());
    compare(changed, "dingtalkId", before.dingtalkId(), after.dingtalkId());
    compare(changed, "email", before.email(), after.email());
    compare(changed, "company", before.company(), after.company());
    compare(changed, "ownerUserId", before.ownerUserId(), after.ownerUserId());
    return changed;
  }

  private static void compare(List<String> changed, String part, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(part);
    }
  }
}
