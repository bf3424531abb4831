package com.huoke.channel;

import com.huoke.testsupport.PostgresTest;

/** {@link PlatformWebhooksScenario} on the local PostgreSQL server. */
@ChannelAppTest
@PostgresTest
class PostgresPlatformWebhooksTest extends PlatformWebhooksScenario {}
