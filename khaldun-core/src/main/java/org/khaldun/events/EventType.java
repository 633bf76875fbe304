package org.khaldun.events;

/**
 * The sixteen PLOVER 2.0 event types, each with its quad class and the CAMEO root code it most
 * often corresponds to (a mode may refine the CAMEO code; see the event lexicon).
 */
public enum EventType {
  AGREE(QuadClass.VERBAL_COOPERATION, "03"),
  CONSULT(QuadClass.VERBAL_COOPERATION, "04"),
  SUPPORT(QuadClass.VERBAL_COOPERATION, "05"),
  CONCEDE(QuadClass.VERBAL_COOPERATION, "08"),
  COOPERATE(QuadClass.MATERIAL_COOPERATION, "06"),
  AID(QuadClass.MATERIAL_COOPERATION, "07"),
  RETREAT(QuadClass.MATERIAL_COOPERATION, "08"),
  REQUEST(QuadClass.VERBAL_CONFLICT, "02"),
  ACCUSE(QuadClass.VERBAL_CONFLICT, "11"),
  REJECT(QuadClass.VERBAL_CONFLICT, "12"),
  THREATEN(QuadClass.VERBAL_CONFLICT, "13"),
  PROTEST(QuadClass.MATERIAL_CONFLICT, "14"),
  MOBILIZE(QuadClass.MATERIAL_CONFLICT, "15"),
  SANCTION(QuadClass.MATERIAL_CONFLICT, "16"),
  COERCE(QuadClass.MATERIAL_CONFLICT, "17"),
  ASSAULT(QuadClass.MATERIAL_CONFLICT, "18");

  private final QuadClass quadClass;
  private final String cameoRoot;

  EventType(QuadClass quadClass, String cameoRoot) {
    this.quadClass = quadClass;
    this.cameoRoot = cameoRoot;
  }

  public QuadClass quadClass() {
    return quadClass;
  }

  /** The two-digit CAMEO root code most events of this type fall under. */
  public String cameoRoot() {
    return cameoRoot;
  }
}
