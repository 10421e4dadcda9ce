package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;

import org.conflictkg.doc.Template;

/**
 * A point from {@code {{coord}}}: decimal degrees ({@code {{coord|52.1|-1.9}}}) or degrees, minutes
 * and seconds with hemispheres ({@code {{coord|38|56|04|N|20|44|19|E}}}, {@code {{coord|39|25|N|22|34|E}}}).
 * Parameters such as {@code region:GR_type:event} and named ones are ignored.
 */
public record Coordinates(double latitude, double longitude) {

    /** The point of the first {@code coord} template among these, or null. */
    public static Coordinates of(List<Template> templates) {
        for (Template t : templates)
            if (t.name().equals("coord") || t.name().equals("coor d") || t.name().equals("location")) {
                Coordinates c = parse(t);
                if (c != null) return c;
            }
        return null;
    }

    static Coordinates parse(Template t) {
        List<String> p = new ArrayList<>();
        for (var a : t.positionalArgs()) {
            String v = a.text().trim();
            if (v.contains(":") || v.isEmpty()) break;
            p.add(v);
        }
        try {
            int hemi = -1;
            for (int i = 0; i < p.size(); i++) if (p.get(i).matches("[NSns]")) { hemi = i; break; }
            if (hemi < 0) {
                if (p.size() < 2) return null;
                return checked(Double.parseDouble(p.get(0)), Double.parseDouble(p.get(1)));
            }
            double lat = dms(p.subList(0, hemi)) * (p.get(hemi).equalsIgnoreCase("S") ? -1 : 1);
            int ew = -1;
            for (int i = hemi + 1; i < p.size(); i++) if (p.get(i).matches("[EWew]")) { ew = i; break; }
            if (ew < 0) return null;
            double lon = dms(p.subList(hemi + 1, ew)) * (p.get(ew).equalsIgnoreCase("W") ? -1 : 1);
            return checked(lat, lon);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double dms(List<String> parts) {
        if (parts.isEmpty() || parts.size() > 3) throw new NumberFormatException("degrees, minutes, seconds");
        double v = 0, unit = 1;
        for (String s : parts) { v += Double.parseDouble(s) / unit; unit *= 60; }
        return v;
    }

    private static Coordinates checked(double lat, double lon) {
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
        return new Coordinates(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }
}
