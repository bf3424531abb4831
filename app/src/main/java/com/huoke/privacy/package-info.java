/**
 * Personal data protection (DESIGN §4, PIPL Art. 51): encryption at rest, keyed look-up hashes, and
 * masking for callers whose role may not see it.
 */
package com.huoke.privacy;
