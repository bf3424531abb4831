package com.huoke.channel;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The channel configurations. */
interface ChannelRepository extends JpaRepository<Channel, UUID> {}
