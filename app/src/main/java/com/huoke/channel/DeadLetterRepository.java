package com.huoke.channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The dead letters of all channels. */
interface DeadLetterRepository
    extends JpaRepository<DeadLetter, UUID>, JpaSpecificationExecutor<DeadLetter> {

  /** Rows of [status, count] for one channel. */
  @Query("select d.status, count(d) from DeadLetter d where d.channelId = ?1 group by d.status")
  List<Object[]> countByStatus(UUID channelId);

  @Query("select max(d.receivedAt) from DeadLetter d where d.channelId = ?1")
  Instant lastReceivedAt(UUID channelId);
}
