package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;

/**
 * Assigns specific-needs codes at low rates that rise where they should: disability and medical
 * conditions with age, single parents and women at risk among women heading a household,
 * pregnancy and lactation among younger wives.
 */
final class SpecificNeeds {

    List<SpecificNeed> of(DemoMember member, int age, boolean householdHasChildren, RandomGenerator random) {
        List<SpecificNeed> needs = new ArrayList<>(2);
        boolean older = age >= 60;
        if (random.nextDouble() < (older ? 0.08 : 0.025)) {
            needs.add(SpecificNeed.DISABILITY);
            if (random.nextDouble() < 0.4) {
                needs.add(SpecificNeed.NEEDS_ACCESSIBLE_SHELTER);
            }
        }
        if (random.nextDouble() < (older ? 0.06 : 0.02)) {
            needs.add(SpecificNeed.SERIOUS_MEDICAL_CONDITION);
        }
        if (older && random.nextDouble() < 0.2) {
            needs.add(SpecificNeed.OLDER_PERSON_AT_RISK);
        }
        if (age < 18) {
            addChildNeeds(needs, random);
        } else {
            addAdultNeeds(needs, member, age, householdHasChildren, random);
        }
        return needs;
    }

    private static void addChildNeeds(List<SpecificNeed> needs, RandomGenerator random) {
        if (random.nextDouble() < 0.01) {
            needs.add(SpecificNeed.CHILD_AT_RISK);
        }
        if (random.nextDouble() < 0.002) {
            needs.add(SpecificNeed.SEPARATED_CHILD);
        }
    }

    private static void addAdultNeeds(
            List<SpecificNeed> needs,
            DemoMember member,
            int age,
            boolean householdHasChildren,
            RandomGenerator random) {
        boolean woman = member.person().female();
        boolean heads = member.relationship() == Relationship.PRINCIPAL;
        if (woman && heads && householdHasChildren && random.nextDouble() < 0.7) {
            needs.add(SpecificNeed.SINGLE_PARENT);
        }
        if (woman && heads && random.nextDouble() < 0.2) {
            needs.add(SpecificNeed.WOMAN_AT_RISK);
        }
        if (woman
                && age <= 45
                && !heads
                && member.relationship() != Relationship.DAUGHTER
                && random.nextDouble() < 0.09) {
            needs.add(SpecificNeed.PREGNANT_OR_LACTATING);
        }
        if (random.nextDouble() < 0.02) {
            needs.add(SpecificNeed.LEGAL_PROTECTION_NEEDS);
        }
        if (random.nextDouble() < 0.005) {
            needs.add(SpecificNeed.TORTURE_SURVIVOR);
        }
    }
}
