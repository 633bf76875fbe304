package org.khaldun.fuse;

import java.util.Locale;
import java.util.Objects;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.LocationRef;

/**
 * Whether two reports can describe the same real event. All of these must hold:
 *
 * <ol>
 *   <li>same type family (the PLOVER event type);
 *   <li>dates at most {@code dateWindowDays} apart;
 *   <li>places compatible at the coarser of the two precisions: two points within {@code
 *       pointDistanceKm} (or the same GeoNames entry); a district or province against anything
 *       inside it (same country and admin-1 code, when both have one); a country against anything
 *       in it; a region by its name;
 *   <li>source and target actors each compatible: the same actor id, or the same country with the
 *       same sector (rebels and insurgents count as one; an unknown sector matches any), or missing
 *       on one side. When both places are the same point (or points within {@code
 *       pointDistanceKm}), actors of the same country, or of an unknown country, are tolerated even
 *       with other sectors: in one town within the date window, the actor coder's role and sector
 *       errors (police as the attacker of a bombing that killed police, "rebels" for "Boko Haram")
 *       are likelier than two events of one type; actors of two different countries still keep
 *       reports apart;
 *   <li>some positive evidence: both places present and compatible, or at least one actor matched
 *       (a report with no place fuses only through a shared actor).
 * </ol>
 */
final class Compatibility {
  private final FusionOptions options;

  Compatibility(FusionOptions options) {
    this.options = options;
  }

  /** A match between two reports: how close in days, how many positive criteria, and in words. */
  record Match(long days, int strength, String reason) {}

  /** The match, or null when the reports cannot be the same event. */
  Match check(Report report, Report other) {
    if (!report.family().equals(other.family())) {
      return null;
    }
    long days;
    String dateWhy;
    if (report.day() == null || other.day() == null) {
      if (report.day() != null || other.day() != null) {
        return null;
      }
      days = 0;
      dateWhy = "both undated";
    } else {
      days = Math.abs(report.day() - other.day());
      if (days > options.dateWindowDays()) {
        return null;
      }
      dateWhy = days == 0 ? "same day" : days + (days == 1 ? " day apart" : " days apart");
    }
    String placeWhy = places(report.location(), other.location());
    if (placeWhy == null) {
      return null;
    }
    boolean samePoint = samePoint(report.location(), other.location());
    String sourceWhy = actors(report.source(), other.source(), samePoint);
    String targetWhy = actors(report.target(), other.target(), samePoint);
    if (sourceWhy == null || targetWhy == null) {
      return null;
    }
    boolean placed = report.location() != null && other.location() != null;
    int strength =
        (placed ? 1 : 0)
            + (sourceWhy.startsWith("same") ? 1 : 0)
            + (targetWhy.startsWith("same") ? 1 : 0);
    if (!placed && strength == 0) {
      return null;
    }
    String reason =
        "same type "
            + report.family()
            + "; "
            + dateWhy
            + "; place "
            + placeWhy
            + "; source "
            + sourceWhy
            + "; target "
            + targetWhy
            + " (against report "
            + other.eventId()
            + ")";
    return new Match(days, strength, reason);
  }

  private String places(LocationRef a, LocationRef b) {
    if (a == null || b == null) {
      return a == b ? "missing on both" : "missing on one side";
    }
    int coarser = Math.max(rank(a.precision()), rank(b.precision()));
    if (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId())) {
      return "the same (" + a.name() + ")";
    }
    switch (coarser) {
      case 0:
        {
          double km = kilometres(a, b);
          if (km > options.pointDistanceKm()) {
            return null;
          }
          return String.format(Locale.ROOT, "%s and %s %.0f km apart", a.name(), b.name(), km);
        }
      case 1:
      case 2:
        if (!Objects.equals(a.country(), b.country())) {
          return null;
        }
        if (a.admin1Code() != null
            && b.admin1Code() != null
            && !a.admin1Code().equals(b.admin1Code())) {
          return null;
        }
        return a.name() + " and " + b.name() + " in the same province (" + province(a, b) + ")";
      case 3:
        if (a.country() == null || !a.country().equals(b.country())) {
          return null;
        }
        return a.name() + " and " + b.name() + " in the same country (" + a.country() + ")";
      default:
        if (Objects.equals(a.name(), b.name())
            || (a.country() != null && a.country().equals(b.country()))) {
          return a.name() + " and " + b.name() + " in the same region";
        }
        return null;
    }
  }

  private static String province(LocationRef a, LocationRef b) {
    String name = a.admin1() != null ? a.admin1() : b.admin1();
    return name != null ? name : a.country();
  }

  /** Precision as a rank, finest first; an unknown precision is taken as a country. */
  static int rank(String precision) {
    if (precision == null) {
      return 3;
    }
    switch (precision) {
      case "POINT":
        return 0;
      case "ADMIN2":
        return 1;
      case "ADMIN1":
        return 2;
      case "COUNTRY":
        return 3;
      default:
        return 4;
    }
  }

  private boolean samePoint(LocationRef a, LocationRef b) {
    if (a == null || b == null || rank(a.precision()) != 0 || rank(b.precision()) != 0) {
      return false;
    }
    return (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId()))
        || kilometres(a, b) <= options.pointDistanceKm();
  }

  private static String actors(ActorRef a, ActorRef b, boolean samePoint) {
    if (a == null || b == null) {
      return a == b ? "missing on both" : "missing on one side";
    }
    if (a.id() != null && a.id().equals(b.id())) {
      return "same actor " + a.id();
    }
    boolean sameCountry = a.country() != null && a.country().equals(b.country());
    if (sameCountry
        && (a.sector() == null
            || b.sector() == null
            || sectorFamily(a.sector()).equals(sectorFamily(b.sector())))) {
      return "same country and sector (" + a.id() + ", " + b.id() + ")";
    }
    if (samePoint && (sameCountry || a.country() == null || b.country() == null)) {
      return "differ (" + a.id() + ", " + b.id() + ") but tolerated at the same place";
    }
    return null;
  }

  /** Sectors that news and the actor coder use for the same fighters. */
  private static String sectorFamily(String sector) {
    return sector.equals("INS") ? "REB" : sector;
  }

  /** Great-circle distance on a sphere of the Earth's mean radius. */
  static double kilometres(LocationRef a, LocationRef b) {
    double p1 = Math.toRadians(a.lat());
    double p2 = Math.toRadians(b.lat());
    double dp = p2 - p1;
    double dl = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
