package com.huoke.connectors.inbound.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses and CIDR blocks (IPv4 and IPv6) a caller must come from. Only address literals are
 * parsed: a host name is rejected rather than looked up, so neither configuration nor a request can
 * make the receiver query DNS.
 */
public final class IpAllowList {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Block> blocks;

  private IpAllowList(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Parses a comma-separated list such as {@code 180.76.0.0/16, 2400:da00::/32, 10.1.2.3}.
   *
   * @throws IllegalArgumentException an entry is not an address or CIDR block; the message names it
   */
  public static IpAllowList parse(String commaSeparated) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : commaSeparated.split(",")) {
      String trimmed = entry.trim();
      if (!trimmed.isEmpty()) {
        blocks.add(Block.parse(trimmed));
      }
    }
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected at least one IP address or CIDR block, but the list is empty");
    }
    return new IpAllowList(blocks);
  }

  /** Whether the address is inside one of the blocks; {@code false} for anything unparseable. */
  public boolean allows(String address) {
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    return blocks.stream().anyMatch(block -> block.contains(bytes));
  }

  /** The address bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 gives 4 bytes), or null. */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String address = text.trim();
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (IPV4.matcher(address).matches()) {
      String[] parts = address.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(parts[i]);
        if (octet > 255) {
          return null;
        }
        bytes[i] = (byte) octet;
      }
      return bytes;
    }
    if (IPV6.matcher(address).matches()) {
      try {
        // with a colon in it, InetAddress parses a literal and never resolves a name
        return InetAddress.getByName(address).getAddress();
      } catch (UnknownHostException notAnAddress) {
        return null;
      }
    }
    return null;
  }

  private record Block(byte[] network, int prefixBits) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] network = literal(address);
      if (network == null) {
        throw invalid(entry);
      }
      int maxBits = network.length * 8;
      int prefixBits = maxBits;
      if (slash >= 0) {
        String prefix = entry.substring(slash + 1).trim();
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > maxBits) {
          throw invalid(entry);
        }
        prefixBits = Integer.parseInt(prefix);
      }
      return new Block(network, prefixBits);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int fullBytes = prefixBits / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int remainingBits = prefixBits % 8;
      if (remainingBits == 0) {
        return true;
      }
      int mask = (0xFF << (8 - remainingBits)) & 0xFF;
      return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    private static IllegalArgumentException invalid(String entry) {
      return new IllegalArgumentException(
          "Expected an IPv4/IPv6 address or CIDR block, but got '" + entry + "'");
    }
  }
}
