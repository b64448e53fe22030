package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;

/** The registration form as the browser sends it; turned into a {@link RegisterHouseholdRequest}. */
class HouseholdForm implements java.io.Serializable {

    private String registrationSite;
    private String returnType = "REFUGEE";
    private String originCountry;
    private String originLocation;
    private String crossingPoint;
    private String destinationPcode;
    private String plannedDate;
    private List<MemberForm> members = new ArrayList<>();
    private static final int MAX_AGE = 130;
    private String duplicateReference;
    private String duplicateReason;
    private List<String> consentPurposes = new ArrayList<>();
    private String consentPartners;
    private String consentGivenBy;
    private String consentMethod;

    /** One member's row of the form. */
    public static class MemberForm implements java.io.Serializable {
        private String relationship;
        private String givenNameAr;
        private String givenNameLatin;
        private String fatherNameAr;
        private String fatherNameLatin;
        private String grandfatherNameAr;
        private String grandfatherNameLatin;
        private String familyNameAr;
        private String familyNameLatin;
        private String sex;
        private String birthDate;
        private String age;
        private String phone;
        private String documentType;
        private String documentNumber;
        private List<String> specificNeeds = new ArrayList<>();
        private String nationality;
        private String birthCountry;
        private String birthPlace;
        private String birthTown;

        /**
         * A member row added to a form: a child of the principal until the officer says otherwise,
         * since a household has one principal and a second one would make the form fail.
         */
        static MemberForm added() {
            MemberForm member = new MemberForm();
            member.setRelationship(Relationship.SON.name());
            return member;
        }

        /** The member as stored, for a correction form; phone and document number as shown (masked). */
        static MemberForm of(Individual shown) {
            IndividualDetails details = IndividualDetails.of(shown);
            MemberForm member = new MemberForm();
            member.relationship = details.relationship();
            member.fillNames(shown.names());
            member.sex = details.sex();
            member.birthDate = details.birthDate();
            member.phone = details.phone();
            member.documentType = details.documentType();
            member.documentNumber = details.documentNumber();
            member.specificNeeds = new ArrayList<>(details.specificNeeds());
            member.nationality = details.nationality();
            member.birthCountry = details.birthCountry();
            member.birthPlace = details.birthPlace();
            member.birthTown = details.birthTown();
            return member;
        }

        /** The name chain as typed in the row. */
        NameChain nameChain() {
            return NameChain.of(
                    givenNameAr,
                    givenNameLatin,
                    fatherNameAr,
                    fatherNameLatin,
                    grandfatherNameAr,
                    grandfatherNameLatin,
                    familyNameAr,
                    familyNameLatin);
        }

        private void fillNames(NameChain names) {
            givenNameAr = names.given().arabic();
            givenNameLatin = names.given().latin();
            fatherNameAr = names.father().arabic();
            fatherNameLatin = names.father().latin();
            grandfatherNameAr = names.grandfather().arabic();
            grandfatherNameLatin = names.grandfather().latin();
            familyNameAr = names.family().arabic();
            familyNameLatin = names.family().latin();
        }

        IndividualDetails toDetails() {
            return toDetails(birthDate);
        }

        private IndividualDetails toDetails(String birthDateSent) {
            return new IndividualDetails(
                    relationship,
                    nameChain(),
                    sex,
                    birthDateSent,
                    phone,
                    documentType,
                    documentNumber,
                    null,
                    specificNeeds,
                    nationality,
                    birthCountry,
                    birthPlace,
                    birthTown);
        }

        /**
         * The member with an age typed instead of an unknown birth date taken as the year of birth
         * (precision YEAR), which is what the registry keeps for "about so old". An age that is not a
         * whole number of years is passed on as typed, so that the birth date is refused by name.
         */
        IndividualDetails toDetails(java.time.LocalDate today) {
            if ((birthDate != null && !birthDate.isBlank()) || age == null || age.isBlank()) {
                return toDetails();
            }
            String typed = PhoneNumbers.toAsciiDigits(age.strip());
            if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) > MAX_AGE) {
                return toDetails(age.strip());
            }
            return toDetails(String.format(
                    "%04d", today.minusYears(Integer.parseInt(typed)).getYear()));
        }

        public String getRelationship() {
            return relationship;
        }

        public void setRelationship(String value) {
            relationship = value;
        }

        public String getGivenNameAr() {
            return givenNameAr;
        }

        public void setGivenNameAr(String value) {
            givenNameAr = value;
        }

        public String getGivenNameLatin() {
            return givenNameLatin;
        }

        public void setGivenNameLatin(String value) {
            givenNameLatin = value;
        }

        public String getFatherNameAr() {
            return fatherNameAr;
        }

        public void setFatherNameAr(String value) {
            fatherNameAr = value;
        }

        public String getFatherNameLatin() {
            return fatherNameLatin;
        }

        public void setFatherNameLatin(String value) {
            fatherNameLatin = value;
        }

        public String getGrandfatherNameAr() {
            return grandfatherNameAr;
        }

        public void setGrandfatherNameAr(String value) {
            grandfatherNameAr = value;
        }

        public String getGrandfatherNameLatin() {
            return grandfatherNameLatin;
        }

        public void setGrandfatherNameLatin(String value) {
            grandfatherNameLatin = value;
        }

        public String getFamilyNameAr() {
            return familyNameAr;
        }

        public void setFamilyNameAr(String value) {
            familyNameAr = value;
        }

        public String getFamilyNameLatin() {
            return familyNameLatin;
        }

        public void setFamilyNameLatin(String value) {
            familyNameLatin = value;
        }

        public String getSex() {
            return sex;
        }

        public void setSex(String value) {
            sex = value;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String value) {
            birthDate = value;
        }

        public String getAge() {
            return age;
        }

        public void setAge(String value) {
            age = value;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String value) {
            phone = value;
        }

        public String getDocumentType() {
            return documentType;
        }

        public void setDocumentType(String value) {
            documentType = value;
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String value) {
            documentNumber = value;
        }

        public List<String> getSpecificNeeds() {
            return specificNeeds;
        }

        public void setSpecificNeeds(List<String> value) {
            specificNeeds = value == null ? new ArrayList<>() : value;
        }

        public String getNationality() {
            return nationality;
        }

        public void setNationality(String value) {
            nationality = value;
        }

        public String getBirthCountry() {
            return birthCountry;
        }

        public void setBirthCountry(String value) {
            birthCountry = value;
        }

        public String getBirthPlace() {
            return birthPlace;
        }

        public void setBirthPlace(String value) {
            birthPlace = value;
        }

        public String getBirthTown() {
            return birthTown;
        }

        public void setBirthTown(String value) {
            birthTown = value;
        }

        /** Writes the nationality and place of birth read from what was typed (codes for names). */
        void readBirthAndNationality(IndividualDetails read) {
            nationality = read.nationality();
            birthCountry = read.birthCountry();
            birthPlace = read.birthPlace();
            birthTown = read.birthTown();
        }
    }

    RegisterHouseholdRequest toRequest(java.time.LocalDate today) {
        return new RegisterHouseholdRequest(
                registrationSite,
                new JourneyDetails(
                        returnType, originCountry, originLocation, crossingPoint, destinationPcode, plannedDate),
                members.stream().map(member -> member.toDetails(today)).toList(),
                duplicateReference == null ? null : new DuplicateConfirmation(duplicateReference, duplicateReason));
    }

    static HouseholdForm withPrincipal() {
        HouseholdForm form = new HouseholdForm();
        MemberForm principal = new MemberForm();
        principal.setRelationship(Relationship.PRINCIPAL.name());
        form.members.add(principal);
        return form;
    }

    /** The household-level fields of a stored household, for its correction form. */
    static HouseholdForm of(Household household) {
        HouseholdForm form = new HouseholdForm();
        Journey journey = household.journey();
        form.registrationSite = household.registrationSite();
        form.returnType = journey.returnType().name();
        form.originCountry = journey.originCountry();
        form.originLocation = journey.originLocation();
        form.crossingPoint = journey.crossingPoint();
        form.destinationPcode = journey.destinationPcode();
        form.plannedDate =
                journey.plannedDate() == null ? null : journey.plannedDate().toString();
        return form;
    }

    public String getRegistrationSite() {
        return registrationSite;
    }

    public void setRegistrationSite(String value) {
        registrationSite = value;
    }

    public String getReturnType() {
        return returnType;
    }

    public void setReturnType(String value) {
        returnType = value;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public void setOriginCountry(String value) {
        originCountry = value;
    }

    public String getOriginLocation() {
        return originLocation;
    }

    public void setOriginLocation(String value) {
        originLocation = value;
    }

    public String getCrossingPoint() {
        return crossingPoint;
    }

    public void setCrossingPoint(String value) {
        crossingPoint = value;
    }

    public String getDestinationPcode() {
        return destinationPcode;
    }

    public void setDestinationPcode(String value) {
        destinationPcode = value;
    }

    public String getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(String value) {
        plannedDate = value;
    }
    /**
     * The consent questions as answered on the form, or null when none was (no purpose ticked and no
     * way of giving it chosen): consent may still be recorded on the household page afterwards.
     */
    ConsentRequest consentOrNull() {
        boolean answered = !consentPurposes.isEmpty() || (consentMethod != null && !consentMethod.isBlank());
        if (!answered) {
            return null;
        }
        List<String> partners = consentPartners == null
                ? List.of()
                : java.util.Arrays.stream(consentPartners.split(","))
                        .map(String::trim)
                        .filter(p -> !p.isEmpty())
                        .toList();
        return new ConsentRequest(0, consentPurposes, partners, consentGivenBy, consentMethod);
    }

    public List<String> getConsentPurposes() {
        return consentPurposes;
    }

    public void setConsentPurposes(List<String> value) {
        consentPurposes = value == null ? new ArrayList<>() : value;
    }

    public String getConsentPartners() {
        return consentPartners;
    }

    public void setConsentPartners(String value) {
        consentPartners = value;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String value) {
        consentGivenBy = value;
    }

    public String getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(String value) {
        consentMethod = value;
    }

    public String getDuplicateReference() {
        return duplicateReference;
    }

    public void setDuplicateReference(String value) {
        duplicateReference = value;
    }

    public String getDuplicateReason() {
        return duplicateReason;
    }

    public void setDuplicateReason(String value) {
        duplicateReason = value;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> value) {
        members = value == null ? new ArrayList<>() : value;
    }
}
