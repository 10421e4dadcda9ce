package org.conflictkg.places;

/**
 * A named place of the gazetteer: a first-level region or a town, in a country (ISO 3166-1
 * alpha-2), at a point (WGS 84 degrees; NaN when the source gives none), with its population.
 */
public record Place(String name, Kind kind, String iso2, double lat, double lon, long population) {
    public enum Kind { REGION, CITY }

    public boolean hasPoint() { return !Double.isNaN(lat) && !Double.isNaN(lon); }

    /** The point as GeoSPARQL's WKT ("POINT(lon lat)", longitude first). */
    public static String wkt(double lat, double lon) { return "POINT(" + lon + " " + lat + ")"; }
}
