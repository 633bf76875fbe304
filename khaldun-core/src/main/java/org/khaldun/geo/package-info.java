/**
 * PLACES stage: resolves place names in annotated sentences to GeoNames entries.
 *
 * <p>{@link org.khaldun.geo.Gazetteer} is the name index (derived GeoNames data plus a curated
 * alias supplement, both under {@code resources/org/khaldun/geo/}, documented in the README there);
 * {@link org.khaldun.geo.GazetteerGeoparser} is the {@link org.khaldun.geo.Geoparser} that finds
 * and resolves names with it. {@code GazetteerDerivation} regenerates the data file.
 */
package org.khaldun.geo;
