package com.huoke.channel;

import com.huoke.testsupport.PostgresTest;

/** {@link WebhookScenario} on the local PostgreSQL server. */
@ChannelAppTest
@PostgresTest
class PostgresWebhookTest extends WebhookScenario {}
