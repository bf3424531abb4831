package com.huoke.workers.lead;

/**
 * What a lead did, with the points the seed's scoring table (PRD §2.2.3) gives it: behaviour counts
 * interest in the offer, engagement counts answers to our outreach.
 */
public enum LeadActivityType {
  /** 访问页面: viewed a page. */
  PAGE_VIEW(ScoreDimension.BEHAVIOUR, 5),
  /** 下载资料: downloaded material. */
  DOWNLOAD(ScoreDimension.BEHAVIOUR, 10),
  /** 咨询客服: asked customer service. */
  CONSULTATION(ScoreDimension.BEHAVIOUR, 15),
  /** 参加活动: attended an event or live stream. */
  EVENT_ATTENDANCE(ScoreDimension.BEHAVIOUR, 20),
  /** 邮件打开: opened an email. */
  EMAIL_OPEN(ScoreDimension.ENGAGEMENT, 3),
  /** 链接点击: clicked a link we sent. */
  LINK_CLICK(ScoreDimension.ENGAGEMENT, 5),
  /** 回复消息: replied to a message. */
  MESSAGE_REPLY(ScoreDimension.ENGAGEMENT, 10);

  private final ScoreDimension dimension;
  private final int points;

  LeadActivityType(ScoreDimension dimension, int points) {
    this.dimension = dimension;
    this.points = points;
  }

  public ScoreDimension dimension() {
    return dimension;
  }

  public int points() {
    return points;
  }
}
