package org.khaldun.actors;

import java.util.Locale;
import java.util.Objects;

/**
 * A PLOVER/CAMEO actor sector code such as {@code GOV} or {@code REB}. The set is open (a
 * dictionary may use codes not listed here); the constants are the common ones.
 */
public record Sector(String code) {
  public static final Sector GOV = new Sector("GOV");
  public static final Sector MIL = new Sector("MIL");
  public static final Sector COP = new Sector("COP");
  public static final Sector LEG = new Sector("LEG");
  public static final Sector JUD = new Sector("JUD");
  public static final Sector REB = new Sector("REB");
  public static final Sector INS = new Sector("INS");
  public static final Sector PTY = new Sector("PTY");
  public static final Sector IGO = new Sector("IGO");
  public static final Sector NGO = new Sector("NGO");
  public static final Sector CVL = new Sector("CVL");
  public static final Sector MED = new Sector("MED");
  public static final Sector EDU = new Sector("EDU");
  public static final Sector BUS = new Sector("BUS");
  public static final Sector REL = new Sector("REL");
  public static final Sector SPY = new Sector("SPY");

  public Sector {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("sector code must be three capital letters: " + code);
    }
  }

  public static Sector of(String code) {
    return new Sector(code.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return code;
  }
}
