/**
 * Contact normalisation (DESIGN §5, CHANNELS.md §5): phones to E.164, e-mail addresses, WeChat ids,
 * platform ids, regions and UTM values, each in the one form that de-duplication compares and
 * hashes. Every normaliser answers with a {@link com.huoke.contact.Normalised} value instead of
 * throwing, so callers choose between rejecting the input and dropping the field.
 */
package com.huoke.contact;
