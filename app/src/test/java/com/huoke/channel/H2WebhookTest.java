package com.huoke.channel;

/** {@link WebhookScenario} on the embedded H2 database. */
@ChannelAppTest
class H2WebhookTest extends WebhookScenario {}
