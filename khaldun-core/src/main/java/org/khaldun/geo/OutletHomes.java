package org.khaldun.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The home area of each news outlet in a batch of articles (a "local lexicon"): the first-order
 * unit (a US state, a Canadian province) that the outlet's articles name most. A local paper names
 * its own town alone ("Paris" in a Texas paper, "Dublin" in an Ohio one); its other articles say
 * where it is.
 *
 * <p>Learning is a cheap pre-pass over the batch, gazetteer lookups only: each article votes for
 * the unit its unambiguous names point to most (a strict plurality, or no vote), and an outlet (the
 * registrable domain of its URLs) has a home when one unit holds more than half of its votes, from
 * at least {@link #MIN_ARTICLES} articles. Counts do not depend on the order the articles come in,
 * so a batch always learns the same table. An outlet that covers the world (a wire, WikiNews) has
 * no unit with a majority and no home.
 *
 * <p>{@link GazetteerGeoparser} uses an article's home only where the article itself settles
 * nothing: as its country when its names name none, and as its main admin-1 unit when its names
 * name none in that country.
 */
public final class OutletHomes implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Votes a home needs. One or two articles may be one out-of-area story told twice; three that
   * agree, and outnumber all the others together, are a habit of the outlet.
   */
  public static final int MIN_ARTICLES = 3;

  /**
   * Share of the outlet's voting articles a home needs, exclusive: a strict majority is unique, so
   * no tie is broken by order, and an outlet that covers many units reaches it for none.
   */
  public static final double MIN_SHARE = 0.5;

  private static final OutletHomes NONE = new OutletHomes(Map.of());

  /**
   * Second-level labels under which a registrable domain has three labels ({@code bbc.co.uk},
   * {@code dailystar.com.lb}); elsewhere it has two ({@code theparisnews.com}).
   */
  private static final Set<String> SECOND_LEVELS =
      Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gen", "nic");

  /**
   * The home of one outlet.
   *
   * @param host registrable domain, lower case, without {@code www.} ({@code theparisnews.com})
   * @param country ISO 3166 alpha-3 code of the home unit's country
   * @param admin1Code GeoNames admin-1 code of the home unit ({@code US.TX})
   * @param admin1Name its name ({@code Texas})
   * @param articles the outlet's articles whose names point mostly to this unit
   * @param share those articles over all the outlet's articles whose names point somewhere, in
   *     (0.5, 1]
   */
  public record Home(
      String host, String country, String admin1Code, String admin1Name, int articles, double share)
      implements Serializable {
    public Home {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(admin1Code, "admin1Code");
      Objects.requireNonNull(admin1Name, "admin1Name");
      if (articles < 1 || !(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "bad home of " + host + ": " + articles + " articles, share " + share);
      }
    }
  }

  private final Map<String, Home> byHost;

  private OutletHomes(Map<String, Home> byHost) {
    this.byHost = Collections.unmodifiableMap(new TreeMap<>(byHost));
  }

  /** No outlet has a home: every article is resolved on its own evidence. */
  public static OutletHomes none() {
    return NONE;
  }

  /** A learner that reads articles' names with {@code gazetteer}. */
  public static Learner learner(Gazetteer gazetteer) {
    return new Learner(Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  /** The home of the outlet that published {@code url}; empty when it has none or url is null. */
  public Optional<Home> homeOf(String url) {
    String host = host(url);
    return host == null ? Optional.empty() : Optional.ofNullable(byHost.get(host));
  }

  /** Every home, by host. */
  public List<Home> homes() {
    return List.copyOf(byHost.values());
  }

  public int size() {
    return byHost.size();
  }

  /**
   * Writes the table as UTF-8 TSV: a header line starting with {@code #}, then one line per outlet:
   * host, country, admin-1 code, admin-1 name, articles, share.
   */
  public void write(Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write outlet homes to " + file, e);
    }
  }

  /** As {@link #write(Path)}, to {@code out}, which is not closed. */
  public void write(Writer out) throws IOException {
    out.write("# host\tcountry\tadmin1\tadmin1_name\tarticles\tshare\n");
    for (Home h : byHost.values()) {
      out.write(
          String.join(
                  "\t",
                  h.host(),
                  h.country(),
                  h.admin1Code(),
                  h.admin1Name(),
                  Integer.toString(h.articles()),
                  String.format(Locale.ROOT, "%.3f", h.share()))
              + "\n");
    }
  }

  /** Reads a table {@link #write} wrote; a malformed line fails with file:line and the reason. */
  public static OutletHomes read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlet homes from " + file, e);
    }
  }

  /** As {@link #read(Path)}, from {@code in} (not closed), named {@code name} in messages. */
  public static OutletHomes read(Reader in, String name) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Map<String, Home> homes = new HashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = name + ":" + number + ": ";
      if (f.length != 6) {
        throw new IllegalArgumentException(
            where + "expected 6 tab-separated fields, got " + f.length);
      }
      String host = f[0].strip().toLowerCase(Locale.ROOT);
      if (host.isEmpty() || f[1].isBlank() || f[2].isBlank()) {
        throw new IllegalArgumentException(where + "host, country and admin-1 code must be set");
      }
      try {
        Home home =
            new Home(
                host,
                f[1].strip(),
                f[2].strip(),
                f[3].strip(),
                Integer.parseInt(f[4].strip()),
                Double.parseDouble(f[5].strip()));
        if (homes.put(host, home) != null) {
          throw new IllegalArgumentException(where + "host " + host + " given twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "articles and share must be numbers", e);
      }
    }
    return new OutletHomes(homes);
  }

  /**
   * The registrable domain of {@code url}, lower case, without {@code www.}; null when the URL has
   * no host or does not parse (untrusted input gives no hint and stops nothing).
   */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = new URI(url.strip()).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
    if (host == null || host.isEmpty()) {
      return null;
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return String.join(".", labels);
    }
    boolean countrySecondLevel =
        labels[n - 1].length() == 2 && SECOND_LEVELS.contains(labels[n - 2]);
    int keep = countrySecondLevel ? 3 : 2;
    return String.join(".", List.of(labels).subList(n - keep, n));
  }

  /**
   * Accumulates votes per outlet. {@link #add} may be called from several threads; the table {@link
   * #build} returns does not depend on the order of the calls. Learners that read parts of a batch
   * (the partitions of a distributed job) give their {@link #votes} to one place, where {@link
   * Votes#plus} adds them up: the same table as one learner that read the whole batch.
   */
  public static final class Learner {
    private final Gazetteer gazetteer;
    private final Votes votes = new Votes();

    private Learner(Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
    }

    /** Reads one article published at {@code url}; an article without a host is ignored. */
    public void add(String url, String text) {
      String host = host(url);
      if (host == null || text == null) {
        return;
      }
      HomeEvidence.Unit unit = HomeEvidence.mostNamedUnit(gazetteer, text);
      if (unit == null) {
        return;
      }
      synchronized (this) {
        votes.add(host, unit, 1);
      }
    }

    /** A copy of the votes counted so far. */
    public synchronized Votes votes() {
      return new Votes().plus(votes);
    }

    /** The homes learned so far. */
    public synchronized OutletHomes build() {
      return votes.homes();
    }
  }

  /**
   * The votes of a batch's articles: per outlet, how many articles point mostly to each admin-1
   * unit. Serializable, and added up by {@link #plus} in any grouping and order with the same
   * result (counts are sums; of two spellings of one unit the first in order is kept), so that a
   * batch's parts can be counted on different machines.
   */
  public static final class Votes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Map<String, Integer>> byHost = new HashMap<>();
    private final Map<String, Integer> voters = new HashMap<>();
    private final Map<String, HomeEvidence.Unit> units = new HashMap<>();

    private Votes() {}

    /** No votes. */
    public static Votes none() {
      return new Votes();
    }

    /** These votes and {@code other}'s together, as a new value; neither is changed. */
    public Votes plus(Votes other) {
      Votes sum = new Votes();
      sum.addAll(this);
      sum.addAll(other);
      return sum;
    }

    /** Whether no article has voted. */
    public boolean isEmpty() {
      return voters.isEmpty();
    }

    /** The homes these votes elect. */
    public OutletHomes homes() {
      Map<String, Home> homes = new HashMap<>();
      for (Map.Entry<String, Map<String, Integer>> e : byHost.entrySet()) {
        int total = voters.get(e.getKey());
        for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
          double share = v.getValue() / (double) total;
          if (v.getValue() >= MIN_ARTICLES && share > MIN_SHARE) {
            HomeEvidence.Unit unit = units.get(v.getKey());
            homes.put(
                e.getKey(),
                new Home(
                    e.getKey(),
                    unit.country(),
                    unit.admin1Code(),
                    unit.name(),
                    v.getValue(),
                    share));
          }
        }
      }
      return new OutletHomes(homes);
    }

    private void add(String host, HomeEvidence.Unit unit, int articles) {
      voters.merge(host, articles, Integer::sum);
      byHost
          .computeIfAbsent(host, h -> new HashMap<>())
          .merge(unit.admin1Code(), articles, Integer::sum);
      // Names of one unit agree; should two spellings meet, the first in order wins, not the
      // first to arrive.
      units.merge(unit.admin1Code(), unit, (a, b) -> a.name().compareTo(b.name()) <= 0 ? a : b);
    }

    private void addAll(Votes other) {
      for (Map.Entry<String, Map<String, Integer>> e : other.byHost.entrySet()) {
        for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
          add(e.getKey(), other.units.get(v.getKey()), v.getValue());
        }
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Votes v
          && byHost.equals(v.byHost)
          && voters.equals(v.voters)
          && units.equals(v.units);
    }

    @Override
    public int hashCode() {
      return Objects.hash(byHost, voters, units);
    }
  }

  /** Lists homes for reports, one per line. */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    for (Home h : byHost.values()) {
      lines.add(h.host() + " -> " + h.admin1Name() + " (" + h.country() + ")");
    }
    return String.join("\n", lines);
  }
}
