package com.huoke.channel;

import com.huoke.connectors.inbound.CredentialSpec;
import java.util.List;

/** A platform a channel can be configured for, with the settings its receiver needs. */
record PlatformView(String platform, List<CredentialSpec> settings) {}
