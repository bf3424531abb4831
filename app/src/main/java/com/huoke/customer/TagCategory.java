package com.huoke.customer;

/** The tag dimensions of seed §2.2.1: 来源 / 行为 / 价值 / 阶段. */
public enum TagCategory {
  SOURCE,
  BEHAVIOUR,
  VALUE,
  STAGE
}
