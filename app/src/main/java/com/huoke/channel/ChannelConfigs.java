package com.huoke.channel;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Channel configurations for the webhook path, kept in memory: a platform may push hundreds of
 * requests a second, and each would otherwise read and decrypt its channel. An update on this node
 * evicts the entry when it commits; other nodes see it once {@code huoke.channels.config-cache-ttl}
 * has passed. Unknown ids are not cached, so junk ids cannot fill memory.
 */
@Component
class ChannelConfigs {

  private final ChannelRepository channels;
  private final ChannelSettings settings;
  private final ChannelProperties properties;
  private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

  ChannelConfigs(
      ChannelRepository channels, ChannelSettings settings, ChannelProperties properties) {
    this.channels = channels;
    this.settings = settings;
    this.properties = properties;
  }

  /** The channel's configuration, enabled or not. */
  Optional<ChannelConfig> find(UUID id) {
    long now = System.nanoTime();
    Cached cached = cache.get(id);
    if (cached != null && now - cached.expiresAtNanos() < 0) {
      return Optional.of(cached.config());
    }
    Optional<ChannelConfig> loaded = channels.findById(id).map(this::configOf);
    loaded.ifPresentOrElse(
        config -> cache.put(id, new Cached(config, now + properties.configCacheTtl().toNanos())),
        () -> cache.remove(id));
    return loaded;
  }

  /** Forgets the channel once the current transaction commits (at once without one). */
  void evictAfterCommit(UUID id) {
    cache.remove(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache.remove(id);
            }
          });
    }
  }

  private ChannelConfig configOf(Channel channel) {
    return new ChannelConfig(
        channel.id(),
        channel.platform(),
        channel.name(),
        channel.enabled(),
        channel.utmSource(),
        settings.credentials(channel.storedSettings()));
  }

  private record Cached(ChannelConfig config, long expiresAtNanos) {}
}
