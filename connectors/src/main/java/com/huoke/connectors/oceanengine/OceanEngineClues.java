package com.huoke.connectors.oceanengine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.support.FormAnswers;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.LeadContact;
import com.huoke.connectors.inbound.support.LeadField;
import com.huoke.connectors.inbound.support.Texts;
import com.huoke.connectors.inbound.support.UtmParameters;
import java.util.Iterator;

/**
 * Maps an Ocean Engine clue (线索) onto a lead. The push carries the clue as the JSON string in
 * {@code data}, with the fields of the clue API ({@code tools/clue/get}): the person's {@code
 * name}, {@code telephone}, {@code weixin}, {@code email}, {@code province_name}/{@code city_name},
 * the ad ({@code ad_name}, {@code promotion_id}, …) and the advertiser's own form fields in {@code
 * remark_dict}.
 */
final class OceanEngineClues {

  private OceanEngineClues() {}

  /** Whether the push data is a clue; other subscriptions (reports, ad status) are not. */
  static boolean isClue(ObjectNode data) {
    return data != null && JsonBodies.text(data, "clue_id") != null;
  }

  static InboundLead lead(ObjectNode body, ObjectNode clue) {
    FormAnswers answers = personalAnswers(clue);
    ObjectNode customFields = JsonBodies.objectOrJsonString(clue, "remark_dict");
    if (customFields != null) {
      for (Iterator<String> labels = customFields.fieldNames(); labels.hasNext(); ) {
        String label = labels.next();
        answers.add(label, JsonBodies.text(customFields, label));
      }
    }
    String landingUrl = JsonBodies.text(clue, "external_url");
    InboundLead.Builder lead =
        answers
            .fill(InboundLead.builder())
            .region(
                Texts.firstNonBlank(
                    Texts.joinNonBlank(" ", text(clue, "province_name"), text(clue, "city_name")),
                    answers.get(LeadField.REGION)))
            .sourceChannel(
                Texts.firstNonBlank(
                    Texts.joinNonBlank("-", text(clue, "app_name"), text(clue, "site_name")),
                    text(clue, "module_name"),
                    "巨量引擎线索"))
            .sourceCampaign(
                Texts.firstNonBlank(
                    text(clue, "ad_name"),
                    text(clue, "promotion_name"),
                    text(clue, "ad_id"),
                    text(clue, "promotion_id")))
            .landingUrl(landingUrl)
            .rawData(JsonBodies.toMap(body));
    UtmParameters.fill(lead, landingUrl);
    return LeadContact.require(lead.build(), "the clue in field 'data'");
  }

  // the person's own answers first, so they win over a custom field with a similar label
  private static FormAnswers personalAnswers(ObjectNode clue) {
    return new FormAnswers()
        .add("姓名", text(clue, "name"), LeadField.NAME)
        .add("电话", text(clue, "telephone"), LeadField.PHONE)
        .add("微信", text(clue, "weixin"), LeadField.WECHAT)
        .add("邮箱", text(clue, "email"), LeadField.EMAIL)
        .add("QQ", text(clue, "qq"), null)
        .add("性别", gender(clue), null)
        .add("年龄", positive(text(clue, "age")), null)
        .add("省份", text(clue, "province_name"), null)
        .add("城市", text(clue, "city_name"), null)
        .add("地址", text(clue, "address"), null)
        .add("留言", text(clue, "remark"), null);
  }

  private static String gender(ObjectNode clue) {
    String code = text(clue, "gender");
    if ("1".equals(code)) {
      return "男";
    }
    return "2".equals(code) ? "女" : null;
  }

  private static String positive(String number) {
    return number == null || number.equals("0") ? null : number;
  }

  private static String text(ObjectNode node, String field) {
    return JsonBodies.text(node, field);
  }
}
