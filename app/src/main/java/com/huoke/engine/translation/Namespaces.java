package com.huoke.engine.translation;

/** The XML namespaces the translator reads (Zeebe, BPMN) and writes (Camunda/Operaton). */
final class Namespaces {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  /**
   * Operaton still reads its extensions under Camunda 7's namespace; the translator writes this.
   */
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** Operaton's own alias of {@link #CAMUNDA}: never accepted in input. */
  static final String OPERATON = "http://operaton.org/schema/1.0/bpmn";

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private Namespaces() {}
}
