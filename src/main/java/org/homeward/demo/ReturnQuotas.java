package org.homeward.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scales UNHCR's figures down to a number of individuals to generate: first per year and return
 * type, then per country of asylum within each, so that every yearly total is within one person
 * of its exact proportional share.
 */
final class ReturnQuotas {

    private ReturnQuotas() {}

    static List<ReturnFigure> scale(List<ReturnFigure> figures, long total) {
        Map<String, List<ReturnFigure>> byYearAndType = new LinkedHashMap<>();
        for (ReturnFigure figure : figures) {
            byYearAndType
                    .computeIfAbsent(figure.year() + "/" + figure.returnType(), key -> new ArrayList<>())
                    .add(figure);
        }
        List<List<ReturnFigure>> groups = new ArrayList<>(byYearAndType.values());
        long[] groupShares = Apportionment.apportion(
                total, groups.stream().mapToDouble(group -> sum(group)).toArray());
        List<ReturnFigure> quotas = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<ReturnFigure> group = groups.get(g);
            long[] shares = Apportionment.apportion(
                    groupShares[g],
                    group.stream().mapToDouble(ReturnFigure::individuals).toArray());
            for (int i = 0; i < group.size(); i++) {
                ReturnFigure figure = group.get(i);
                quotas.add(new ReturnFigure(figure.year(), figure.returnType(), figure.countryOfAsylum(), shares[i]));
            }
        }
        return quotas;
    }

    private static double sum(List<ReturnFigure> group) {
        return group.stream().mapToLong(ReturnFigure::individuals).sum();
    }
}
