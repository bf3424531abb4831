package com.huoke.channel;

/** {@link PlatformWebhooksScenario} on the embedded H2 database. */
@ChannelAppTest
class H2PlatformWebhooksTest extends PlatformWebhooksScenario {}
