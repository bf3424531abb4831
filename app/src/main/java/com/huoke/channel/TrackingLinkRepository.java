package com.huoke.channel;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tracking links of all channels. */
interface TrackingLinkRepository extends JpaRepository<TrackingLink, UUID> {

  List<TrackingLink> findByChannelIdOrderByCreatedAtDesc(UUID channelId);
}
