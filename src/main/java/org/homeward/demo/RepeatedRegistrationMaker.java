package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.homeward.registry.Relationship;

/**
 * Makes a repeated registration of part or all of a household: the same people registered again
 * at another site some days later, written by another officer, with the variations of
 * {@link DuplicateVariation}.
 */
final class RepeatedRegistrationMaker {

    private static final int MOST_DAYS_LATER = 60;

    private final RegistrationSites sites;
    private final RowRenderer renderer;
    private final LocalDate today;

    RepeatedRegistrationMaker(RegistrationSites sites, RowRenderer renderer, LocalDate today) {
        this.sites = sites;
        this.renderer = renderer;
        this.today = today;
    }

    /** The members registered again: the whole household, the principal alone, part of it, or a mother with her children. */
    List<DemoMember> chooseMembers(DemoHousehold household, RandomGenerator random) {
        List<DemoMember> members = household.members();
        if (members.size() == 1) {
            return members;
        }
        double draw = random.nextDouble();
        if (draw < 0.35) {
            return members;
        }
        if (draw < 0.6) {
            return List.of(members.get(0));
        }
        if (draw >= 0.85) {
            List<DemoMember> motherWithChildren = motherWithChildren(members);
            if (!motherWithChildren.isEmpty()) {
                return motherWithChildren;
            }
        }
        List<DemoMember> some = new ArrayList<>(List.of(members.get(0)));
        for (int i = 1; i < members.size(); i++) {
            if (random.nextBoolean()) {
                some.add(members.get(i));
            }
        }
        if (some.size() == 1) {
            some.add(members.get(1 + random.nextInt(members.size() - 1)));
        }
        return some;
    }

    /** The principal's wife registered on her own with the children: she heads that registration. */
    private static List<DemoMember> motherWithChildren(List<DemoMember> members) {
        DemoMember principal = members.get(0);
        DemoMember wife = members.stream()
                .filter(member -> member.relationship() == Relationship.SPOUSE)
                .findFirst()
                .orElse(null);
        if (principal.person().female() || wife == null) {
            return List.of();
        }
        List<DemoMember> children = members.stream()
                .filter(member ->
                        member.relationship() == Relationship.SON || member.relationship() == Relationship.DAUGHTER)
                .toList();
        if (children.isEmpty()) {
            return List.of();
        }
        List<DemoMember> registered = new ArrayList<>();
        registered.add(new DemoMember(wife.person(), Relationship.PRINCIPAL));
        registered.addAll(children);
        return registered;
    }

    RenderedHousehold make(DemoHousehold original, List<DemoMember> members, RandomGenerator random) {
        JourneyPlan first = original.journey();
        LocalDate on = JourneyPlanner.min(first.registeredOn().plusDays(1 + random.nextInt(MOST_DAYS_LATER)), today);
        String crossing = random.nextDouble() < 0.7 ? first.crossingPoint() : null;
        LocalDate planned = random.nextBoolean() ? first.plannedDate() : null;
        JourneyPlan again = first.registeredAgain(sites.another(first, random), on, crossing, planned);
        Map<Long, Set<DuplicateVariation>> variations = new HashMap<>();
        for (DemoMember member : members) {
            variations.put(member.person().personId(), personVariations(member.person(), random));
        }
        return renderer.render(
                new DemoHousehold(again, members), RecordStyle.draw(random), new VariationPlan(variations), random);
    }

    private static Set<DuplicateVariation> personVariations(DemoPerson person, RandomGenerator random) {
        Set<DuplicateVariation> variations = EnumSet.noneOf(DuplicateVariation.class);
        addSometimes(variations, DuplicateVariation.FATHER_NAME_MISSING, 0.15, random);
        addSometimes(variations, DuplicateVariation.NAME_TYPO, 0.25, random);
        addSometimes(variations, DuplicateVariation.BIRTH_YEAR_ONLY, 0.15, random);
        addSometimes(variations, DuplicateVariation.BIRTH_DAY_MONTH_SWAPPED, 0.04, random);
        if (person.documentType() != null) {
            addSometimes(variations, DuplicateVariation.DOCUMENT_NOT_RECORDED, 0.4, random);
        }
        if (person.phone() != null) {
            addSometimes(variations, DuplicateVariation.PHONE_NOT_RECORDED, 0.3, random);
        }
        return variations;
    }

    private static void addSometimes(
            Set<DuplicateVariation> variations, DuplicateVariation variation, double rate, RandomGenerator random) {
        if (random.nextDouble() < rate) {
            variations.add(variation);
        }
    }
}
