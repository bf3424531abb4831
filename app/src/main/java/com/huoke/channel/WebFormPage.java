package com.huoke.channel;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The hosted form page: one self-contained HTML page (no CDN, no external script) that posts to
 * {@code /api/v1/forms/{id}} with the UTM parameters of the page's own URL, its URL as the landing
 * URL and a submission id that makes a double click one lead.
 */
@Component
class WebFormPage {

  private static final String[] UTM = {"utm_source", "utm_medium", "utm_campaign", "utm_content"};

  private final String honeypotField;

  WebFormPage(ChannelProperties properties) {
    this.honeypotField = properties.honeypotField();
  }

  String render(String title, String submitPath, Map<String, String> pageQuery, String landingUrl) {
    StringBuilder hidden = new StringBuilder();
    for (String utm : UTM) {
      String value = pageQuery.get(utm);
      if (value != null && !value.isBlank()) {
        hidden.append(hiddenInput(utm, value));
      }
    }
    hidden.append(hiddenInput("landingUrl", landingUrl));
    hidden.append(hiddenInput(WebFormChannel.SUBMISSION_ID, UUID.randomUUID().toString()));
    return TEMPLATE
        .replace("{{title}}", HtmlUtils.htmlEscape(title))
        .replace("{{action}}", HtmlUtils.htmlEscape(submitPath))
        .replace("{{honeypot}}", HtmlUtils.htmlEscape(honeypotField))
        .replace("{{hidden}}", hidden.toString());
  }

  private static String hiddenInput(String name, String value) {
    return "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
        .formatted(HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(value));
  }

  private static final String TEMPLATE =
      """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{title}}</title>
      <style>
        body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
               background: #f5f6f8; margin: 0; padding: 1.5em 1em; color: #222; }
        main { max-width: 28em; margin: 0 auto; background: #fff; border-radius: 8px;
               padding: 1.5em; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
        h1 { font-size: 1.3em; margin: 0 0 1em; }
        label { display: block; margin: .8em 0 .3em; font-size: .95em; }
        input, textarea { width: 100%; box-sizing: border-box; padding: .6em; font-size: 1em;
                          border: 1px solid #ccd; border-radius: 4px; }
        textarea { min-height: 5em; }
        button { margin-top: 1.2em; width: 100%; padding: .8em; font-size: 1.05em; border: 0;
                 border-radius: 4px; background: #e4572e; color: #fff; cursor: pointer; }
        button:disabled { opacity: .6; }
        .hint { font-size: .85em; color: #667; }
        .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
        #result { margin-top: 1em; }
        .error { color: #c0392b; }
      </style>
      </head>
      <body>
      <main>
      <h1>{{title}}</h1>
      <form id="lead-form" method="post" action="{{action}}">
        <label for="name">姓名</label>
        <input id="name" name="name" maxlength="100" autocomplete="name">
        <label for="phone">手机号</label>
        <input id="phone" name="phone" type="tel" maxlength="32" autocomplete="tel">
        <label for="wechat">微信号</label>
        <input id="wechat" name="wechat" maxlength="64">
        <label for="email">邮箱</label>
        <input id="email" name="email" type="email" maxlength="254" autocomplete="email">
        <p class="hint">手机号、微信号、邮箱请至少填写一项。</p>
        <label for="company">公司</label>
        <input id="company" name="company" maxlength="200" autocomplete="organization">
        <label for="jobTitle">职位</label>
        <input id="jobTitle" name="jobTitle" maxlength="100" autocomplete="organization-title">
        <label for="region">地区</label>
        <input id="region" name="region" maxlength="100">
        <label for="message">留言</label>
        <textarea id="message" name="message" maxlength="2000"></textarea>
        <div class="trap" aria-hidden="true">
          <label for="{{honeypot}}">请勿填写</label>
          <input id="{{honeypot}}" name="{{honeypot}}" tabindex="-1" autocomplete="off">
        </div>
        {{hidden}}
        <button type="submit">提交</button>
        <div id="result" role="status"></div>
      </form>
      </main>
      <script>
      (function () {
        var form = document.getElementById('lead-form');
        var result = document.getElementById('result');
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var data = new FormData(form);
          if (!data.get('phone') && !data.get('wechat') && !data.get('email')) {
            result.className = 'error';
            result.textContent = '请至少填写手机号、微信号或邮箱之一。';
            return;
          }
          var button = form.querySelector('button');
          button.disabled = true;
          result.className = '';
          result.textContent = '提交中…';
          fetch(form.action, {
            method: 'POST',
            headers: { 'Accept': 'application/json' },
            body: new URLSearchParams(data)
          }).then(function (response) {
            if (response.ok) {
              form.innerHTML = '<p>提交成功，感谢您的留言，我们会尽快与您联系。</p>';
              return;
            }
            return response.json().then(function (problem) {
              var fields = (problem.errors || []).map(function (e) { return e.field; }).join('、');
              result.className = 'error';
              result.textContent = '提交失败' + (fields ? '，请检查：' + fields : '，请稍后再试。');
              button.disabled = false;
            });
          }).catch(function () {
            result.className = 'error';
            result.textContent = '网络异常，请稍后再试。';
            button.disabled = false;
          });
        });
      })();
      </script>
      </body>
      </html>
      """;
}
