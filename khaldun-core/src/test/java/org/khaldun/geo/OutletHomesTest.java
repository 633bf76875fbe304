package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khaldun.nlp.SentenceFixture.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khaldun.ingest.Article;
import org.khaldun.nlp.AnnotatedArticle;

/** Each outlet's home area, learned from its articles and used where an article settles nothing. */
class OutletHomesTest {

  private static final Gazetteer GAZETTEER = FixtureGazetteer.load();
  private static final String PARIS_NEWS = "http://www.theparisnews.com/story?id=";

  /** Three articles of a Texas paper, each naming Texas in its own way. */
  private static final List<String> TEXAS_ARTICLES =
      List.of(
          "The Texas Department of Transportation will close the bridge.",
          "A Dallas, Texas, company bought the plant.",
          "Deputies in Travis County arrested two men.");

  private final GazetteerGeoparser geoparser = GazetteerGeoparser.create(GAZETTEER);

  private static OutletHomes learn(String urlPrefix, List<String> texts) {
    OutletHomes.Learner learner = OutletHomes.learner(GAZETTEER);
    for (int i = 0; i < texts.size(); i++) {
      learner.add(urlPrefix + i, texts.get(i));
    }
    return learner.build();
  }

  private Optional<Place> resolveFirst(OutletHomes homes, String url, String text, String name) {
    int at = text.indexOf(name);
    return geoparser
        .withOutletHomes(homes)
        .resolve(text, url, List.of(new GazetteerGeoparser.Toponym(at, at + name.length())))
        .get(0);
  }

  @Test
  void learnsTheStateALocalPaperNames() {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    assertThat(homes.homeOf("https://theparisnews.com/other"))
        .hasValueSatisfying(
            h -> {
              assertThat(h.host()).isEqualTo("theparisnews.com");
              assertThat(h.country()).isEqualTo("USA");
              assertThat(h.admin1Code()).isEqualTo("US.TX");
              assertThat(h.admin1Name()).isEqualTo("Texas");
              assertThat(h.articles()).isEqualTo(3);
              assertThat(h.share()).isEqualTo(1.0);
            });
  }

  @Test
  void resolvesBareTownToTheOutletsHomeState() {
    String text = "Paris police arrested a man on Friday.";
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    assertThat(resolveFirst(OutletHomes.none(), PARIS_NEWS + "9", text, "Paris"))
        .map(Place::country)
        .hasValue("FRA");
    assertThat(resolveFirst(homes, PARIS_NEWS + "9", text, "Paris"))
        .map(Place::admin1Code)
        .hasValue("US.TX");
  }

  @Test
  void articleEvidenceBeatsTheOutletHome() {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    String text = "Paris was calm on Friday, officials in France said.";
    int paris = text.indexOf("Paris");
    int france = text.indexOf("France");
    List<Optional<Place>> places =
        geoparser
            .withOutletHomes(homes)
            .resolve(
                text,
                PARIS_NEWS + "9",
                List.of(
                    new GazetteerGeoparser.Toponym(paris, paris + 5),
                    new GazetteerGeoparser.Toponym(france, france + 6)));
    assertThat(places.get(0)).map(Place::country).hasValue("FRA");
  }

  @Test
  void aHomeDoesNotReachOtherOutlets() {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    assertThat(homes.homeOf("http://www.parisnews.fr/a")).isEmpty();
    assertThat(
            resolveFirst(
                homes,
                "http://www.parisnews.fr/a",
                "Paris police arrested a man on Friday.",
                "Paris"))
        .map(Place::country)
        .hasValue("FRA");
  }

  @Test
  void explainsTheHomeInThePlacesEvidence() {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    AnnotatedArticle fixture =
        article(LocalDate.of(2024, 3, 5), "Traffic was slow in Paris today.");
    Article a = fixture.article();
    Article published =
        new Article(
            a.id(),
            PARIS_NEWS + "9",
            a.title(),
            a.date(),
            a.source(),
            a.byline(),
            a.text(),
            a.offsets(),
            a.origin());
    List<PlaceMention> found =
        geoparser
            .withOutletHomes(homes)
            .locate(new AnnotatedArticle(published, fixture.sentences()), List.of());
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.place().admin1Code()).isEqualTo("US.TX");
              assertThat(m.evidence())
                  .contains("in the country of the home area of theparisnews.com USA")
                  .contains("in the home area of theparisnews.com: Texas");
            });
  }

  @Test
  void globalOutletHasNoHome() {
    List<String> world =
        List.of(
            "Voters in Texas went to the polls.",
            "Floods hit Arkansas overnight.",
            "Wildfires spread across California.",
            "Pilgrims walked to Karbala, Iraq, for the feast.",
            "A storm reached Maryland on Sunday.",
            "Ministers met in Beirut, Lebanon.");
    OutletHomes homes = learn("https://en.wikinews.org/wiki/Story_", world);
    assertThat(homes.size()).isZero();
    assertThat(homes.homeOf("https://en.wikinews.org/wiki/Story_1")).isEmpty();
  }

  @Test
  void aSingleArticleMakesNoHome() {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES.subList(0, 1));
    assertThat(homes.homeOf(PARIS_NEWS + "0")).isEmpty();
  }

  @Test
  void aHomeNeedsAMajorityOfTheArticlesThatNameAUnit() {
    List<String> texts = new ArrayList<>(TEXAS_ARTICLES);
    texts.add("Floods hit Arkansas overnight.");
    texts.add("Wildfires spread across California.");
    texts.add("A storm reached Maryland on Sunday.");
    assertThat(learn(PARIS_NEWS, texts).homeOf(PARIS_NEWS + "0")).isEmpty();
    texts.add("Trucks crossed Texas all night.");
    assertThat(learn(PARIS_NEWS, texts).homeOf(PARIS_NEWS + "0"))
        .map(OutletHomes.Home::share)
        .hasValue(4.0 / 7);
  }

  @Test
  void learnsTheSameHomesWhateverTheOrder() throws IOException {
    List<String> texts = new ArrayList<>(TEXAS_ARTICLES);
    texts.add("Floods hit Arkansas overnight.");
    List<String> reversed = new ArrayList<>(texts);
    java.util.Collections.reverse(reversed);
    assertThat(table(learn(PARIS_NEWS, texts))).isEqualTo(table(learn(PARIS_NEWS, reversed)));
  }

  @Test
  void votesCountedInPartsAddUpToTheTableOfTheWholeBatch() throws IOException {
    // a Texas paper, a paper of many states, and one Arkansas story told by a third outlet
    List<String[]> batch = new ArrayList<>();
    for (String text : TEXAS_ARTICLES) {
      batch.add(new String[] {PARIS_NEWS + batch.size(), text});
    }
    batch.add(new String[] {PARIS_NEWS + "a", "Floods hit Arkansas overnight."});
    for (String text :
        List.of(
            "Voters in Texas went to the polls.",
            "Wildfires spread across California.",
            "A storm reached Maryland on Sunday.")) {
      batch.add(new String[] {"https://news.example.com/" + batch.size(), text});
    }
    batch.add(new String[] {"https://arkansasnews.com/1", "Floods hit Arkansas overnight."});

    OutletHomes.Learner whole = OutletHomes.learner(GAZETTEER);
    OutletHomes.Learner even = OutletHomes.learner(GAZETTEER);
    OutletHomes.Learner odd = OutletHomes.learner(GAZETTEER);
    for (int i = 0; i < batch.size(); i++) {
      whole.add(batch.get(i)[0], batch.get(i)[1]);
      (i % 2 == 0 ? even : odd).add(batch.get(i)[0], batch.get(i)[1]);
    }
    OutletHomes.Votes merged = odd.votes().plus(even.votes());

    assertThat(merged).isEqualTo(whole.votes()).isEqualTo(even.votes().plus(odd.votes()));
    assertThat(table(merged.homes())).isEqualTo(table(whole.build()));
    assertThat(merged.homes().homeOf(PARIS_NEWS + "0"))
        .map(OutletHomes.Home::share)
        .hasValue(3.0 / 4);
    assertThat(OutletHomes.Votes.none().plus(merged)).isEqualTo(merged);
  }

  @Test
  void votesAndTablesSurviveJavaSerialization() throws Exception {
    OutletHomes.Learner learner = OutletHomes.learner(GAZETTEER);
    for (int i = 0; i < TEXAS_ARTICLES.size(); i++) {
      learner.add(PARIS_NEWS + i, TEXAS_ARTICLES.get(i));
    }
    OutletHomes.Votes votes = learner.votes();
    OutletHomes homes = learner.build();

    assertThat(roundTrip(votes)).isEqualTo(votes);
    assertThat(((OutletHomes) roundTrip(homes)).homes()).isEqualTo(homes.homes());
  }

  @Test
  void ignoresNamesInsideLongerNamesAndCommonWords() {
    // "Lake Texas" and "Texas Rangers" are not evidence; "North Korea" hides no unit called North.
    assertThat(HomeEvidence.mostNamedUnit(GAZETTEER, "Fans of the Texas Rangers cheered."))
        .isNull();
    assertThat(HomeEvidence.mostNamedUnit(GAZETTEER, "They sailed on Lake Texas.")).isNull();
    assertThat(HomeEvidence.mostNamedUnit(GAZETTEER, "Dallas police said.")).isNull();
    assertThat(HomeEvidence.mostNamedUnit(GAZETTEER, "Rain fell across Northeast Texas."))
        .extracting(HomeEvidence.Unit::admin1Code)
        .isEqualTo("US.TX");
  }

  @Test
  void writesAndReadsTheTable() throws IOException {
    OutletHomes homes = learn(PARIS_NEWS, TEXAS_ARTICLES);
    String tsv = table(homes);
    assertThat(tsv)
        .isEqualTo(
            "# host\tcountry\tadmin1\tadmin1_name\tarticles\tshare\n"
                + "theparisnews.com\tUSA\tUS.TX\tTexas\t3\t1.000\n");
    OutletHomes read = OutletHomes.read(new StringReader(tsv), "homes.tsv");
    assertThat(read.homes()).isEqualTo(homes.homes());
  }

  @Test
  void rejectsAMalformedTableLineWithItsPosition() {
    String tsv = "# header\ntheparisnews.com\tUSA\tUS.TX\tTexas\tmany\t1.0\n";
    assertThatThrownBy(() -> OutletHomes.read(new StringReader(tsv), "homes.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("homes.tsv:2");
  }

  @Test
  void keysOutletsByTheirRegistrableDomain() {
    assertThat(OutletHomes.host("http://www.TheParisNews.com/story.lasso?x=1"))
        .isEqualTo("theparisnews.com");
    assertThat(OutletHomes.host("http://news.bbc.co.uk/2/hi/uk_news/1.stm")).isEqualTo("bbc.co.uk");
    assertThat(OutletHomes.host("https://en.wikinews.org/wiki/X")).isEqualTo("wikinews.org");
    assertThat(OutletHomes.host("not a url")).isNull();
    assertThat(OutletHomes.host(null)).isNull();
  }

  private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static String table(OutletHomes homes) throws IOException {
    StringWriter out = new StringWriter();
    homes.write(out);
    return out.toString();
  }
}
