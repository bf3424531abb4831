package com.huoke.customer;

import com.huoke.workers.lead.CompanySize;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer's company (seed §2.2.4 "company: 公司信息"): region as official province and city. */
@Embeddable
public record CompanyInfo(
    @Column(name = "company_name") String name,
    @Column(name = "company_industry") String industry,
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "company_size")
        CompanySize size,
    @Column(name = "company_province") String province,
    @Column(name = "company_city") String city) {

  static final CompanyInfo NONE = new CompanyInfo(null, null, null, null, null);

  /** This company with every missing part taken from {@code other}. */
  CompanyInfo fillFrom(CompanyInfo other) {
    if (other == null) {
      return this;
    }
    boolean regionMissing = province == null;
    return new CompanyInfo(
        name != null ? name : other.name,
        industry != null ? industry : other.industry,
        size != null ? size : other.size,
        regionMissing ? other.province : province,
        regionMissing ? other.city : city);
  }
}
