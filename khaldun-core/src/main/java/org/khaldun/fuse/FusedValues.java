package org.khaldun.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.LocationRef;

/**
 * Chooses a fused event's values from its reports, and says how. Votes are counted per independent
 * source, so ten copies of one wire story weigh as one report.
 *
 * <ul>
 *   <li>Figures (dead, injured, arrested, size): each source gives its highest figure (updates from
 *       one outlet raise tolls, seldom lower them); the fused figure is the median of the sources'
 *       figures, the lower middle one when their number is even, so one outlier cannot move it.
 *   <li>Place: the place named by the most sources; ties go to the more precise place, then to the
 *       first named.
 *   <li>Date: dates the text gives beat publication dates; among them, the date given by the most
 *       sources, ties to the earliest.
 *   <li>Actors: the actor id named by the most sources, ties to the first named.
 * </ul>
 */
final class FusedValues {

  private FusedValues() {}

  static FusedEvent of(String fusedId, List<Report> reports, List<String> reasons) {
    List<FusedReport> out = new ArrayList<>(reports.size());
    Set<String> sources = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      out.add(new FusedReport(r.toEvent(), r.sourceKey(), r.duplicateOf(), reasons.get(i)));
      sources.add(r.sourceKey());
      if (r.outlet() != null) {
        outlets.add(r.outlet());
      }
    }
    List<String> choices = new ArrayList<>();
    Integer dead = figure("dead", reports, Report::dead, choices);
    Integer injured = figure("injured", reports, Report::injured, choices);
    Integer arrested = figure("arrested", reports, Report::arrested, choices);
    Integer size = figure("size", reports, Report::size, choices);
    LocationRef location = place(reports, sources.size(), choices);
    String date = date(reports, choices);
    ActorRef source = actor("source", reports, Report::source, choices);
    ActorRef target = actor("target", reports, Report::target, choices);
    Report first = reports.get(0);
    return new FusedEvent(
        fusedId,
        first.eventType(),
        first.quadClass(),
        out,
        sources.size(),
        List.copyOf(outlets),
        dead,
        injured,
        arrested,
        size,
        location,
        date,
        source,
        target,
        choices);
  }

  private static Integer figure(
      String field, List<Report> reports, Function<Report, Integer> get, List<String> choices) {
    Map<String, Integer> bySource = new LinkedHashMap<>();
    for (Report r : reports) {
      Integer v = get.apply(r);
      if (v != null) {
        bySource.merge(r.sourceKey(), v, Math::max);
      }
    }
    if (bySource.isEmpty()) {
      return null;
    }
    List<Integer> values = new ArrayList<>(bySource.values());
    values.sort(Comparator.naturalOrder());
    int median = values.get((values.size() - 1) / 2);
    if (values.size() == 1) {
      choices.add(field + ": " + median + ", the only source that gives a figure");
    } else {
      choices.add(
          field
              + ": "
              + median
              + ", the median of "
              + values.size()
              + " sources' figures "
              + values);
    }
    return median;
  }

  private static LocationRef place(List<Report> reports, int sources, List<String> choices) {
    Map<String, Set<String>> votes = new LinkedHashMap<>();
    Map<String, LocationRef> places = new LinkedHashMap<>();
    for (Report r : reports) {
      LocationRef l = r.location();
      if (l != null) {
        String key =
            l.geonamesId() != null ? "g" + l.geonamesId() : "n" + l.name() + "|" + l.country();
        places.putIfAbsent(key, l);
        votes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.sourceKey());
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    String best = null;
    for (String key : places.keySet()) {
      if (best == null) {
        best = key;
        continue;
      }
      int diff = votes.get(key).size() - votes.get(best).size();
      if (diff > 0
          || (diff == 0
              && Compatibility.rank(places.get(key).precision())
                  < Compatibility.rank(places.get(best).precision()))) {
        best = key;
      }
    }
    LocationRef chosen = places.get(best);
    String others =
        places.size() == 1
            ? ""
            : "; other places named: "
                + places.entrySet().stream()
                    .filter(e -> !e.getValue().equals(chosen))
                    .map(e -> e.getValue().name() + " (" + votes.get(e.getKey()).size() + ")")
                    .collect(Collectors.joining(", "));
    choices.add(
        "place: "
            + chosen.name()
            + " ("
            + chosen.precision()
            + "), named by "
            + votes.get(best).size()
            + " of "
            + sources(sources)
            + others);
    return chosen;
  }

  private static String date(List<Report> reports, List<String> choices) {
    Map<String, Set<String>> fromText = new LinkedHashMap<>();
    String earliestPublished = null;
    for (Report r : reports) {
      if (r.date() != null && "text".equals(r.dateSource())) {
        fromText.computeIfAbsent(r.date(), k -> new LinkedHashSet<>()).add(r.sourceKey());
      }
      String published = r.date() != null ? r.date() : r.published();
      if (published != null
          && (earliestPublished == null || published.compareTo(earliestPublished) < 0)) {
        earliestPublished = published;
      }
    }
    if (fromText.isEmpty()) {
      if (earliestPublished != null) {
        choices.add(
            "date: "
                + earliestPublished
                + ", the earliest publication date (no report dates the event in its text)");
      }
      return earliestPublished;
    }
    String best = null;
    for (String date : fromText.keySet()) {
      if (best == null) {
        best = date;
        continue;
      }
      int diff = fromText.get(date).size() - fromText.get(best).size();
      if (diff > 0 || (diff == 0 && date.compareTo(best) < 0)) {
        best = date;
      }
    }
    choices.add(
        "date: "
            + best
            + ", given in the text by "
            + sources(fromText.get(best).size())
            + (fromText.size() > 1 ? "; other dates given: " + others(fromText, best) : ""));
    return best;
  }

  private static String sources(int n) {
    return n == 1 ? "1 source" : n + " sources";
  }

  private static String others(Map<String, Set<String>> votes, String best) {
    return votes.entrySet().stream()
        .filter(e -> !e.getKey().equals(best))
        .map(e -> e.getKey() + " (" + e.getValue().size() + ")")
        .collect(Collectors.joining(", "));
  }

  private static ActorRef actor(
      String field, List<Report> reports, Function<Report, ActorRef> get, List<String> choices) {
    Map<String, Set<String>> votes = new LinkedHashMap<>();
    Map<String, ActorRef> actors = new LinkedHashMap<>();
    for (Report r : reports) {
      ActorRef a = get.apply(r);
      if (a != null) {
        String key = a.id() != null ? a.id() : a.name();
        actors.putIfAbsent(key, a);
        votes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.sourceKey());
      }
    }
    if (actors.isEmpty()) {
      return null;
    }
    String best = null;
    for (String key : actors.keySet()) {
      if (best == null || votes.get(key).size() > votes.get(best).size()) {
        best = key;
      }
    }
    choices.add(
        field
            + ": "
            + best
            + ", named by "
            + sources(votes.get(best).size())
            + (actors.size() > 1 ? "; others: " + others(votes, best) : ""));
    return actors.get(best);
  }
}
