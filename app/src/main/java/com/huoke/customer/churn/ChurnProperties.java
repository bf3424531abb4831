package com.huoke.customer.churn;

import com.huoke.customer.TagCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.customers.churn.*}: the churn warning (seed §2.2.2 流失预警).
 *
 * @param enabled whether the nightly check is scheduled; off, it still runs through {@code POST
 *     /api/v1/customers/churn-check}
 * @param cron when the check runs (Quartz cron, seconds first), in {@code zone}
 * @param zone the time zone of {@code cron}
 * @param inactiveDays days without customer activity after which a customer is flagged
 * @param batchSize customers flagged per transaction
 * @param tagCategory the category of the warning tag
 * @param tagName the name of the warning tag the flagged customers carry
 */
@Validated
@ConfigurationProperties("huoke.customers.churn")
public record ChurnProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0 0 2 * * ?") @NotBlank String cron,
    @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
    @DefaultValue("30") @Min(1) @Max(3650) int inactiveDays,
    @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
    @DefaultValue("STAGE") @NotNull TagCategory tagCategory,
    @DefaultValue("流失预警") @NotBlank @Size(max = 100) String tagName) {

  /** The warning tag as timeline entries name it, e.g. {@code STAGE:流失预警}. */
  String tagLabel() {
    return tagCategory + ":" + tagName;
  }
}
