package com.huoke.channel;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;

/**
 * The answer to a form submission: JSON for scripts (the hosted page, a site's own form code), a
 * small "thank you" page for a browser that posted the form without scripts.
 */
record WebFormReply(InboundResult.Reply reply) {

  static WebFormReply of(InboundRequest request, String submissionId) {
    String accept = request.header("Accept");
    if (accept != null && accept.contains("text/html")) {
      return new WebFormReply(
          new InboundResult.Reply(
              "text/html;charset=UTF-8",
              """
              <!DOCTYPE html>
              <html lang="zh-CN"><head><meta charset="utf-8">\
              <meta name="viewport" content="width=device-width, initial-scale=1">\
              <title>提交成功</title></head>\
              <body style="font-family: sans-serif; text-align: center; padding: 3em 1em">\
              <h1>提交成功</h1><p>感谢您的留言，我们会尽快与您联系。</p></body></html>
              """));
    }
    return new WebFormReply(
        InboundResult.Reply.json(
            "{\"status\":\"received\",\"submissionId\":\"" + jsonEscape(submissionId) + "\"}"));
  }

  private static String jsonEscape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 0x20) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
