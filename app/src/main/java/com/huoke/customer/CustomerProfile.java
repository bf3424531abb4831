package com.huoke.customer;

/**
 * The descriptive part of a customer, with contact values already normalised. In an update a {@code
 * null} part stays as it is and an empty string clears it.
 */
record CustomerProfile(
    CustomerType type,
    String name,
    String avatar,
    String phone,
    String wechatId,
    String dingtalkId,
    String email,
    CompanyInfo company,
    String ownerUserId) {}
