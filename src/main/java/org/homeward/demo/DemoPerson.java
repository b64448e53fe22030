package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;

/**
 * A synthetic person as they really are, before any registration writes them down: the truth
 * that every registration of this person, however spelled, refers to. The phone is in E.164
 * form; document and phone may be absent (null).
 */
record DemoPerson(
        long personId,
        Sex sex,
        NameEntryChain names,
        LocalDate birthDate,
        boolean birthDayKnown,
        String phone,
        DocumentType documentType,
        String documentNumber,
        List<SpecificNeed> specificNeeds,
        String placeOfOrigin) {

    DemoPerson {
        specificNeeds = List.copyOf(specificNeeds);
    }

    boolean female() {
        return sex == Sex.F;
    }

    /** Completed years of age on a day. */
    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    DemoPerson withDetails(
            String phoneNumber, DocumentType type, String number, List<SpecificNeed> needs, String origin) {
        return new DemoPerson(personId, sex, names, birthDate, birthDayKnown, phoneNumber, type, number, needs, origin);
    }
}
