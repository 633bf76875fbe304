/**
 * Text cleaning: the normalisation every article's text gets before NLP, with a map from each
 * cleaned character back to the input. {@link org.khaldun.text.TextCleaner} is the facade.
 */
package org.khaldun.text;
