package com.huoke.lead;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead list: filtered, sorted and paged in the database. */
@Service
public class LeadSearch {

  public static final int MAX_PAGE_SIZE = 100;

  private final LeadSearchRepository leads;

  LeadSearch(LeadSearchRepository leads) {
    this.leads = leads;
  }

  /** One page ({@code page} counts from 0) of the leads matching {@code query}. */
  @Transactional(readOnly = true)
  public LeadPage search(LeadQuery query, int page, int size) {
    Page<Lead> found =
        // the specification orders the rows itself (nulls last), so the page request has no sort
        leads.findAll(LeadSpecifications.matching(query), PageRequest.of(page, size));
    return new LeadPage(
        found.map(LeadViews::summary).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }
}
