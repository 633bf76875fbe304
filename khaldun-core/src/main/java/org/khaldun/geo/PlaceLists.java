package org.khaldun.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.khaldun.geo.GazetteerGeoparser.Choice;
import org.khaldun.geo.GazetteerGeoparser.Span;

/**
 * What the punctuation between two names says about them: "Mississauga, Ontario" is a town and the
 * province it lies in; "Utah, Washington and Wisconsin" are three units of one rank.
 */
final class PlaceLists {

  /** The words that join the members of a list: a comma, "and", "or", ", and", "&". */
  private static final Pattern LIST_JOINT =
      Pattern.compile("\\s*(?:,|(?:,\\s*)?(?:and|or|&))\\s*", Pattern.CASE_INSENSITIVE);

  /** A joint that only a list has ("and", "or"): "Washington, Pennsylvania" may be an address. */
  private static final Pattern WORD_JOINT =
      Pattern.compile(".*\\b(?:and|or)\\b.*|.*&.*", Pattern.CASE_INSENSITIVE);

  private static final Pattern ADDRESS_COMMA = Pattern.compile(",\\s*");

  /** Longest text between a town and its region (", " with some spacing). */
  private static final int MAX_ADDRESS_GAP = 3;

  /** Longest text between two members of a list (", and " with some spacing). */
  private static final int MAX_JOINT = 8;

  private PlaceLists() {}

  /**
   * Spans whose region is fixed by the name before it: in "Mississauga, Ontario" the second name is
   * the province that holds a reading of the first, not Ontario, California, however Californian
   * the rest of the story. A span keeps only its countries and admin-1 units that contain a reading
   * of the name right before it, after a comma alone; it keeps all its readings where none does
   * ("Manitoba, Ontario" is a list, not an address).
   *
   * @param text the text the spans' offsets index
   */
  static List<Span> addresses(List<Span> spans, String text) {
    List<Span> out = new ArrayList<>(spans);
    List<Integer> order = byPosition(spans);
    for (int k = 1; k < order.size(); k++) {
      Span before = spans.get(order.get(k - 1));
      Span span = spans.get(order.get(k));
      int gap = span.begin() - before.end();
      if (before.sentence() != span.sentence()
          || gap < 1
          || gap > MAX_ADDRESS_GAP
          || !ADDRESS_COMMA.matcher(text.substring(before.end(), span.begin())).matches()) {
        continue;
      }
      Place[] holding =
          Arrays.stream(span.candidates())
              .filter(region -> holdsAny(region, before.candidates()))
              .toArray(Place[]::new);
      if (holding.length > 0 && holding.length < span.candidates().length) {
        out.set(
            order.get(k),
            new Span(
                span.sentence(),
                span.begin(),
                span.end(),
                span.text(),
                holding,
                span.scale(),
                span.counties()));
      }
    }
    return out;
  }

  /** Indexes of the spans in text order. */
  private static List<Integer> byPosition(List<Span> spans) {
    List<Integer> order = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(spans.get(a).begin(), spans.get(b).begin()));
    return order;
  }

  private static boolean holdsAny(Place region, Place[] places) {
    for (Place p : places) {
      if (p == region || p.precision() == Precision.COUNTRY || p.precision() == Precision.NEAR) {
        continue; // a NEAR reading was placed by this very region
      }
      boolean inside =
          switch (region.precision()) {
            case COUNTRY -> region.country().equals(p.country());
            case ADMIN1 ->
                p.precision() != Precision.ADMIN1
                    && region.admin1Code() != null
                    && region.admin1Code().equals(p.admin1Code());
            default -> false;
          };
      if (inside) {
        return true;
      }
    }
    return false;
  }

  /**
   * Members of a list read at the rank of the others: in "Utah, Washington and Wisconsin",
   * "Washington" is the state, not a town in a state named beside it; in "Ghana, Niger, Nigeria and
   * Togo", "Niger" is the country, not Nigeria's Niger State. A list is a run of names joined by
   * commas, "and" or "or" within a sentence: three names or more, or two joined by a word
   * ("Washington and Oregon"; "Washington, Pennsylvania" may be an address). A member is moved to
   * its reading of the list's rank (a country; an admin-1 unit of the list's country) when the
   * other members agree on that rank, all of them or all but one of four or more. The country's
   * capital keeps its place among its states ("Texas, Maryland and Washington"), as the ranking has
   * it: what a list moves is a namesake town that a listed state vouched for, or a unit of another
   * rank.
   *
   * @param choices the choice for each span, replaced where the list says otherwise
   */
  static void sameRank(List<Span> spans, List<Choice> choices, String text) {
    List<Integer> order = byPosition(spans);
    int start = 0;
    while (start < order.size()) {
      int end = start + 1;
      boolean wordJoint = false;
      while (end < order.size()) {
        Span a = spans.get(order.get(end - 1));
        Span b = spans.get(order.get(end));
        if (a.sentence() != b.sentence()
            || a.end() > b.begin()
            || b.begin() - a.end() > MAX_JOINT) {
          break;
        }
        String joint = text.substring(a.end(), b.begin());
        if (!LIST_JOINT.matcher(joint).matches()) {
          break;
        }
        wordJoint |= WORD_JOINT.matcher(joint).matches();
        end++;
      }
      List<Integer> members = order.subList(start, end);
      if (members.size() >= 3 || members.size() == 2 && wordJoint) {
        moveToRank(members, spans, choices);
      }
      start = end;
    }
  }

  private static void moveToRank(List<Integer> members, List<Span> spans, List<Choice> choices) {
    List<Choice> before = new ArrayList<>(choices);
    for (int m : members) {
      Place own = before.get(m).place();
      int others = members.size() - 1;
      for (Precision rank : List.of(Precision.COUNTRY, Precision.ADMIN1)) {
        String country = null;
        int agreeing = 0;
        List<String> names = new ArrayList<>();
        for (int o : members) {
          Place p = before.get(o).place();
          if (o == m || p.precision() != rank) {
            continue;
          }
          if (rank == Precision.ADMIN1 && country != null && !country.equals(p.country())) {
            agreeing = -1;
            break;
          }
          country = p.country();
          agreeing++;
          names.add(spans.get(o).text());
        }
        int needed = others >= 3 ? others - 1 : others;
        boolean capital =
            rank == Precision.ADMIN1
                && "PPLC".equals(own.featureCode())
                && own.country().equals(country);
        if (agreeing < Math.max(1, needed) || atRank(own, rank, country) || capital) {
          continue;
        }
        for (Place p : spans.get(m).candidates()) {
          if (atRank(p, rank, country)) {
            choices.set(
                m,
                new Choice(
                    p,
                    "named in a list of "
                        + (rank == Precision.COUNTRY
                            ? "countries"
                            : "first-order units of " + country)
                        + " ("
                        + String.join(", ", names)
                        + "): "
                        + p.featureCode()
                        + ", over "
                        + own.name()
                        + " ("
                        + own.featureCode()
                        + ", "
                        + own.country()
                        + ")",
                    false));
            break;
          }
        }
      }
    }
  }

  private static boolean atRank(Place p, Precision rank, String country) {
    return p.precision() == rank && (rank == Precision.COUNTRY || p.country().equals(country));
  }
}
