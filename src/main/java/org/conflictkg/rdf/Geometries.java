package org.conflictkg.rdf;

import java.util.Optional;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.countries.Countries;
import org.conflictkg.places.Gazetteer;
import org.conflictkg.places.Place;

/**
 * Where a place is, in GeoSPARQL: the place is a {@code geo:Feature} with {@code geo:hasGeometry} a
 * point ({@code geo:asWKT "POINT(lon lat)"^^geo:wktLiteral}), so that a researcher can put theaters,
 * battles and the timeline on a map. Points come from the infobox's {{coord}}, else from the
 * gazetteer (a country's centre, a region, the most populous town of that name).
 */
final class Geometries {
    private Geometries() {}

    /** The point the knowledge gives a place's name, as {lat, lon}: a country, a region or a town. */
    static Optional<double[]> pointOf(String name) {
        var country = Countries.bundled().find(name);
        if (country.isPresent()) return Gazetteer.bundled().countryPoint(country.get().iso3());
        return Gazetteer.bundled().best(name).filter(Place::hasPoint).map(p -> new double[] {p.lat(), p.lon()});
    }

    /** Gives {@code place} its point, once per page graph. */
    static void point(Node place, double lat, double lon, Emitter out) {
        if (!place.isURI() || !out.firstTime(place.getURI() + " geometry")) return;
        Node g = NodeFactory.createURI(place.getURI() + (place.getURI().contains("#") ? "-geometry" : "#geometry"));
        out.add(place, Std.type, Std.gspFeature);
        out.add(place, Std.gspHasGeometry, g);
        out.add(g, Std.type, Std.gspGeometry);
        out.add(g, Std.gspAsWKT, NodeFactory.createLiteralDT(Place.wkt(round(lat), round(lon)),
                TypeMapper.getInstance().getSafeTypeByName(Std.WKT_LITERAL)));
    }

    /** Gives {@code place} the point of its name, when the knowledge has one. */
    static void named(Node place, String name, Emitter out) {
        pointOf(name).ifPresent(p -> point(place, p[0], p[1], out));
    }

    private static double round(double v) { return Math.round(v * 1e4) / 1e4; }
}
