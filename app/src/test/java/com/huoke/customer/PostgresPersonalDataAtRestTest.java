package com.huoke.customer;

import com.huoke.testsupport.PostgresTest;

/** {@link PersonalDataAtRestScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresPersonalDataAtRestTest extends PersonalDataAtRestScenario {}
