package com.huoke.channel;

import com.huoke.connectors.inbound.InboundChannel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every platform receiver in the application context by platform id: a channel can be configured
 * for any of them, and adding a receiver bean is all it takes to support a new platform.
 */
@Component
class InboundChannels {

  private final Map<String, InboundChannel> byPlatform;

  InboundChannels(List<InboundChannel> receivers) {
    Map<String, List<InboundChannel>> grouped =
        receivers.stream().collect(Collectors.groupingBy(InboundChannel::platform));
    grouped.forEach(
        (platform, sameId) -> {
          if (sameId.size() > 1) {
            throw new IllegalStateException(
                "Expected one receiver per platform, but '%s' has %d: %s"
                    .formatted(
                        platform,
                        sameId.size(),
                        sameId.stream().map(r -> r.getClass().getName()).toList()));
          }
        });
    this.byPlatform =
        grouped.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().get(0), (a, b) -> a, TreeMap::new));
  }

  Optional<InboundChannel> find(String platform) {
    return Optional.ofNullable(platform).map(byPlatform::get);
  }

  Set<String> platforms() {
    return byPlatform.keySet();
  }
}
