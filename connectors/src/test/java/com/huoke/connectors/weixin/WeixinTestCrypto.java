package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.InboundRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * Encrypts and signs callbacks the way WeChat and WeCom do, for tests. Encryption goes through
 * WxJava's {@link WxCryptUtil} and signing through the JDK's SHA-1, so the receivers are checked
 * against implementations other than their own; the raw-frame methods build the malformed
 * ciphertexts the platforms never send.
 */
public final class WeixinTestCrypto {

  /** The CHANNELS.md §1 test vector. */
  public static final String VECTOR_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  public static final String VECTOR_RECEIVE_ID = "wxb11529c136998cb6";
  public static final String VECTOR_RANDOM = "aaaabbbbccccdddd";
  public static final String VECTOR_MESSAGE = "我是中文abcd123";
  public static final String VECTOR_CIPHERTEXT =
      "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";
  public static final String VECTOR_TOKEN = "pamtest";
  public static final String VECTOR_TIMESTAMP = "1409304348";
  public static final String VECTOR_NONCE = "xxxxxx";
  public static final String VECTOR_SIGNATURE = "82c962d39941aa48552f90ef55aa323dc620cc10";

  private final String token;
  private final String encodingAesKey;

  public WeixinTestCrypto(String token, String encodingAesKey) {
    this.token = token;
    this.encodingAesKey = encodingAesKey;
  }

  /** Encrypts a message for a receiveid with a fixed random, as the platform would. */
  public String encrypt(String message, String receiveId) {
    return encrypt(VECTOR_RANDOM, message, receiveId);
  }

  public String encrypt(String random, String message, String receiveId) {
    return new WxCryptUtil(token, encodingAesKey, receiveId).encrypt(random, message);
  }

  /**
   * The envelope around a ciphertext: WeCom adds its AgentID, an official account only its id.
   *
   * @param agentId the WeCom app's id, or {@code null} for an official account
   */
  public static String envelope(String toUserName, String agentId, String ciphertext) {
    return "<xml><ToUserName><![CDATA["
        + toUserName
        + "]]></ToUserName>"
        + (agentId == null ? "" : "<AgentID><![CDATA[" + agentId + "]]></AgentID>")
        + "<Encrypt><![CDATA["
        + ciphertext
        + "]]></Encrypt></xml>";
  }

  /** sha1hex of the token and the values, sorted and concatenated. */
  public String sign(String... values) {
    String[] all = new String[values.length + 1];
    all[0] = token;
    System.arraycopy(values, 0, all, 1, values.length);
    Arrays.sort(all);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest(String.join("", all).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The plaintext frame random + msg_len + msg + receiveid, with the length field and the padding
   * given explicitly so tests can falsify them.
   */
  public static byte[] frame(int declaredLength, String message, String receiveId, byte[] padding) {
    byte[] msg = message.getBytes(StandardCharsets.UTF_8);
    byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(16 + 4 + msg.length + id.length + padding.length)
        .put(VECTOR_RANDOM.getBytes(StandardCharsets.US_ASCII))
        .putInt(declaredLength)
        .put(msg)
        .put(id)
        .put(padding)
        .array();
  }

  /** The PKCS#7 padding to 32 bytes the platforms use, for a frame of the given length. */
  public static byte[] padding(int unpaddedLength) {
    int pad = 32 - unpaddedLength % 32;
    byte[] padding = new byte[pad];
    Arrays.fill(padding, (byte) pad);
    return padding;
  }

  /** Like {@link #encrypt}, but with zero bytes where the PKCS#7 padding belongs. */
  public String encryptWithZeroPadding(String message, String receiveId) {
    int messageLength = message.getBytes(StandardCharsets.UTF_8).length;
    int unpadded = 16 + 4 + messageLength + receiveId.getBytes(StandardCharsets.UTF_8).length;
    return encryptRaw(frame(messageLength, message, receiveId, new byte[padding(unpadded).length]));
  }

  /** AES-CBC over a frame whose length is already a multiple of 16, without adding padding. */
  public String encryptRaw(byte[] frame) {
    byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return Base64.getEncoder().encodeToString(cipher.doFinal(frame));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = WeixinTestCrypto.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET as the platform sends it, with the given (already URL-decoded) query. */
  public static InboundRequest get(Map<String, String> query) {
    return new InboundRequest("GET", Map.of(), query, new byte[0], "101.226.103.61");
  }

  /** A POST with the given query and body, and a Content-Type unless it is {@code null}. */
  public static InboundRequest post(Map<String, String> query, String contentType, String body) {
    Map<String, List<String>> headers =
        contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    return new InboundRequest(
        "POST", headers, query, body.getBytes(StandardCharsets.UTF_8), "101.226.103.61");
  }

  /** A mutable query map in the order the platforms put the parameters. */
  public static Map<String, String> query(String... namesAndValues) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return query;
  }
}
