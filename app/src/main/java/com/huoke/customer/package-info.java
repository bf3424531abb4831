/**
 * The customer CRM core (seed PRD §2.2, DESIGN §4–5): one customer per person across channels,
 * de-duplicated on phone, WeChat id, e-mail and platform ids; its sources, tags, custom fields,
 * timeline, deals and merges. {@link com.huoke.customer.CustomerDirectory} is what lead capture
 * calls; the other services back the {@code /api/v1/customers} API. Other features react to {@link
 * com.huoke.customer.CustomerChanged}, {@link com.huoke.customer.CustomersMerged} and {@link
 * com.huoke.customer.CustomerSplit}.
 */
package com.huoke.customer;
