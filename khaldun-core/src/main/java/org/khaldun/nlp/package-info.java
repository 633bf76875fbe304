/**
 * The NLP stage: sentences, tokens, lemmas, part-of-speech tags, named entities and dependency
 * parses of an article's cleaned text, as Khaldun's own records ({@link
 * org.khaldun.nlp.AnnotatedArticle}, {@link org.khaldun.nlp.Sentence}, {@link
 * org.khaldun.nlp.Token}, {@link org.khaldun.nlp.EntityMention}, {@link
 * org.khaldun.nlp.Dependency}). Public surface: {@link org.khaldun.nlp.Annotator}, its CoreNLP
 * implementation {@link org.khaldun.nlp.CoreNlpAnnotator}, and {@link org.khaldun.nlp.NlpOptions}.
 * No CoreNLP type leaves this package; the machinery ({@code Pipelines}, {@code SentenceConverter},
 * {@code NerTags}, {@code EntityCorrections}) is package-private.
 *
 * <h2>Configuration, and why</h2>
 *
 * <ul>
 *   <li>{@code tokenize, ssplit, pos, lemma, ner} on the whole cleaned text, so that CoreNLP's
 *       character offsets are offsets into {@code Article.text()}. {@code
 *       ssplit.newlineIsSentenceBreak=two}: a title without a full stop, followed by the blank line
 *       ingest puts after it, stays its own sentence.
 *   <li>NER with one CRF ({@code english.conll.4class.distsim}: PERSON, ORGANIZATION, LOCATION,
 *       MISC), no fine-grained classes, no SUTime, no numeric classifiers: dates are the time
 *       stage's job, and the defaults cost about 15 times more (750 against 45 µs/token in the
 *       project's probes).
 *   <li>The project's entity corrections ({@code entity-corrections.tsv} in this package's
 *       resources; format in the file) as CoreNLP's additional TokensRegexNER pass: provinces of
 *       Iraq, Syria, Yemen and Afghanistan with their Arabic-article variants, and the armed groups
 *       of these conflicts with their transliterations, which the CRF, trained on 1990s newswire,
 *       tags as persons or misses. How an entry may overwrite the CRF is explained, with the tests
 *       that settled it, on {@code EntityCorrections}.
 *   <li>CoreNLP's neural dependency parser (Universal Dependencies, the default English model), run
 *       only on the sentences chosen by {@link org.khaldun.nlp.ParseScope} and {@link
 *       org.khaldun.nlp.NlpOptions#maxSentenceTokens()}; for the event coder, those where one of
 *       its {@link org.khaldun.nlp.ParseTrigger}s occurs (a third of the sentences in local news).
 *       It is called directly, not through CoreNLP's annotator (which builds five graphs per
 *       sentence), and scores transitions with {@code ParserScorer}: the same weights in float
 *       arithmetic and a vectorisable layout, skipping configurations that allow one transition
 *       only; the parses were identical to stock CoreNLP's on all 12,369 sentences of the
 *       evaluation news, in about a quarter of its time (both timed on the same sentences, in
 *       turn). The dependencies are the <b>enhanced++</b> graph: it has what the event stage reads
 *       ({@code nsubj}, {@code obj}, {@code nsubj:pass}, {@code obl:agent} for passive agents,
 *       {@code ccomp}, {@code xcomp}, negation as {@code advmod(verb, not)}), and it names the
 *       preposition in the relation ({@code obl:in}, {@code nmod:of}) and propagates subjects over
 *       conjoined verbs and controlled clauses ({@code nsubj(wounded, gunmen)} in "gunmen killed
 *       two and wounded three"), so the event stage need not walk {@code case} edges itself. Its
 *       extra cost over the basic tree is small next to the parse itself. Known parse traps remain
 *       (see PROBES.md): "called on the government to act" gives {@code mark(act, on)}.
 * </ul>
 *
 * <h2>Measured cost</h2>
 *
 * <p>{@code NlpSpeedProbe} (test sources) on 120 local-news articles of the LGL geoparsing corpus
 * (46,328 tokens, 386 per article, after 20 warm-up articles), one thread, Java 17, a 2-core
 * machine shared with other jobs (wall times are noisy; CPU times are the figures to use):
 *
 * <table>
 *   <caption>CPU time per token by parse scope</caption>
 *   <tr><th>scope</th><th>CPU µs/token</th><th>sentences parsed</th><th>articles/s/core</th></tr>
 *   <tr><td>NONE</td><td>85</td><td>0%</td><td>30</td></tr>
 *   <tr><td>TRIGGER_SENTENCES (21 event lemmas)</td><td>124</td><td>11% (13% of tokens)</td>
 *       <td>21</td></tr>
 *   <tr><td>ALL</td><td>418</td><td>100%</td><td>6</td></tr>
 * </table>
 *
 * <p>A rerun while other jobs saturated the machine (load 12 on 2 cores) gave 105, 140 and 447
 * µs/token: compare scopes within one run. The parser costs about 300 µs per parsed token, so
 * {@link org.khaldun.nlp.ParseScope#TRIGGER_SENTENCES} cuts the stage's cost by 3.4 times on this
 * corpus (local news; conflict news has more trigger sentences). Models load in 4 to 5 s, once per
 * JVM. Heap: the whole configuration, parser included, runs in {@code -Xmx700m}; with {@code
 * -Xmx3g} the peak is 1.3 GB without and 1.9 GB with the parser, most of it garbage not yet
 * collected.
 */
package org.khaldun.nlp;
