package com.huoke.channel;

/** What storing a delivery did: new events, and re-delivered ones that were acknowledged only. */
record StoredDelivery(int newLeads, int duplicateLeads, int newMessages, int duplicateMessages) {}
