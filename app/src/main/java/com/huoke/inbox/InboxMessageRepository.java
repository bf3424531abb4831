package com.huoke.inbox;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The inbox's store for reading; messages are written by {@link InboxMessages#receive}. */
interface InboxMessageRepository extends JpaRepository<InboxMessage, UUID> {

  Page<InboxMessage> findByChannelId(UUID channelId, Pageable page);

  long countByChannelId(UUID channelId);

  @Query("select max(m.receivedAt) from InboxMessage m where m.channelId = ?1")
  Instant lastReceivedAt(UUID channelId);
}
