package com.huoke.privacy;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huoke.privacy.*}: the keys that protect personal data and who may see it unmasked.
 *
 * @param encryptionKey base64 of 32 bytes: AES-256-GCM key for phone, WeChat id, e-mail, secrets
 * @param lookupKey base64 of at least 32 bytes: HMAC-SHA256 key of the look-up hashes
 * @param keyFile where generated keys are kept when the two above are not configured (embedded
 *     mode); back it up with the database, without it the data cannot be read
 * @param visibleToRoles roles that see personal data in full; everyone else sees it masked
 */
@ConfigurationProperties("huoke.privacy")
public record PrivacyProperties(
    String encryptionKey,
    String lookupKey,
    @DefaultValue("./data/privacy-keys.properties") Path keyFile,
    @DefaultValue({"ADMIN", "AGENT"}) Set<String> visibleToRoles) {}
