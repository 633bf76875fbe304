package org.khaldun.ontology;

/**
 * A CAMEO event code.
 *
 * @param code two to four digits, e.g. {@code "19"}, {@code "190"}, {@code "1831"}
 * @param goldstein Goldstein (1992) score, -10 (most conflictual) to +10 (most cooperative)
 * @param description a short description
 */
public record CameoCode(String code, double goldstein, String description) {

  /** The two-digit root code this code falls under. */
  public String root() {
    return code.substring(0, 2);
  }

  public boolean isRoot() {
    return code.length() == 2;
  }
}
