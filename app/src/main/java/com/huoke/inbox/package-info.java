/**
 * The inbox (seed PRD §2.3): messages customers wrote to the business on any channel, stored once
 * per platform message id with their text encrypted, and announced as {@link
 * com.huoke.inbox.CustomerMessageReceived}.
 */
package com.huoke.inbox;
