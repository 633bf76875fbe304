package org.khaldun.geo;

/**
 * A gazetteer entry.
 *
 * @param geonameId GeoNames id, or 0 when the entry has none (derived admin-1 units, countries)
 * @param name preferred name
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param country ISO 3166 alpha-3 code, or empty for a region across countries
 * @param admin1Code GeoNames admin-1 code ({@code IQ.12}), or null
 * @param admin1Name admin-1 unit name ({@code Karbala}), or null
 * @param admin2Code GeoNames admin-2 code ({@code US.TX.113}): the unit the place lies in, or the
 *     unit itself for an admin-2 entry; null when unknown
 * @param admin2Name admin-2 unit name ({@code Dallas County}), or null
 * @param featureCode GeoNames feature code ({@code PPLA}, {@code ADM1}, {@code PCLI})
 * @param population population, 0 when unknown
 * @param precision what kind of location this entry is
 */
public record Place(
    long geonameId,
    String name,
    double lat,
    double lon,
    String country,
    String admin1Code,
    String admin1Name,
    String admin2Code,
    String admin2Name,
    String featureCode,
    long population,
    Precision precision) {}
