/**
 * PLACES stage: resolves place names in annotated sentences to GeoNames entries.
 *
 * <p>{@link org.khaldun.geo.Gazetteer} is the name index (derived GeoNames data plus a curated
 * alias supplement, both under {@code resources/org/khaldun/geo/}, documented in the README there);
 * {@link org.khaldun.geo.GazetteerGeoparser} is the {@link org.khaldun.geo.Geoparser} that finds
 * and resolves names with it. {@code GazetteerDerivation} regenerates the data file.
 *
 * <p>{@link org.khaldun.geo.OutletHomes} learns each news outlet's home area (a US state, a
 * province) from the unambiguous names of its articles in a batch; the geoparser takes it as a
 * prior where an article's own names settle no country or admin-1 unit ("Dublin" in an Ohio paper).
 */
package org.khaldun.geo;
