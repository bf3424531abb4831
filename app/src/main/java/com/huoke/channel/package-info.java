/**
 * Lead capture from every channel (seed PRD §2.1, DESIGN §5): channel configuration, the webhook
 * that verifies, decodes and durably accepts what platforms send, dead letters for what cannot be
 * decoded, per-channel statistics, HuoKe's own web forms and UTM tracking links. Platform protocols
 * are {@link com.huoke.connectors.inbound.InboundChannel} beans; every one in the context can be
 * configured as a channel. Nothing depends on this module.
 */
package com.huoke.channel;
