package org.conflictkg.mapping;

import java.util.List;

/**
 * "A page's own infobox of this template states who led it and when", from {@code mapping.ttl}.
 * Fields are read in the order given; the first that names a country gives the leader.
 *
 * @param template     normalised template name ("infobox military operation")
 * @param leaderFields fields naming the side that carried it out, in order of preference
 * @param dateFields   fields giving its dates (a range gives start and end)
 */
public record InfoboxRule(String template, List<String> leaderFields, List<String> dateFields) {}
