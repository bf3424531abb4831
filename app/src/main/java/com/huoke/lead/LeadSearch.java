package com.huoke.lead;

import com.huoke.privacy.PersonalDataAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead list: filtered, sorted and paged in the database. */
@Service
public class LeadSearch {

  public static final int MAX_PAGE_SIZE = 100;

  private final LeadSearchRepository leads;
  private final PersonalDataAccess personalData;

  LeadSearch(LeadSearchRepository leads, PersonalDataAccess personalData) {
    this.leads = leads;
    this.personalData = personalData;
  }

  /** One page ({@code page} counts from 0) of the leads matching {@code query}. */
  @Transactional(readOnly = true)
  public LeadPage search(LeadQuery query, int page, int size) {
    boolean visible = personalData.currentCallerMaySee();
    Page<Lead> found =
        // the specification orders the rows itself (nulls last), so the page request has no sort
        leads.findAll(LeadSpecifications.matching(query), PageRequest.of(page, size));
    return new LeadPage(
        found.map(lead -> LeadViews.summary(lead, visible)).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }
}
