package org.homeward.reception;

import java.util.ArrayList;
import java.util.List;
import org.homeward.problems.ProblemException.FieldProblem;

/**
 * The centre form as the browser sends it: every value as text, so that a word typed where a
 * number belongs is reported on its field instead of failing the whole form.
 */
class CentreForm {

    private String code = "";
    private String nameEn = "";
    private String nameAr = "";
    private String townEn = "";
    private String townAr = "";
    private String pcode = "";
    private String latitude = "";
    private String longitude = "";
    private String capacityPersons = "";
    private String capacityFamilies = "";
    private String accessibleUnits = "";
    private List<String> services = new ArrayList<>();
    private boolean open = true;
    private long version;

    static CentreForm of(Centre centre) {
        CentreForm form = new CentreForm();
        form.code = centre.code();
        form.nameEn = centre.nameEn();
        form.nameAr = centre.nameAr();
        form.townEn = centre.townEn();
        form.townAr = centre.townAr();
        form.pcode = centre.pcode();
        form.latitude = Double.toString(centre.latitude());
        form.longitude = Double.toString(centre.longitude());
        form.capacityPersons = Integer.toString(centre.capacity().persons());
        form.capacityFamilies = Integer.toString(centre.capacity().familyUnits());
        form.accessibleUnits = Integer.toString(centre.capacity().accessibleUnits());
        form.services =
                new ArrayList<>(centre.services().stream().map(Enum::name).toList());
        form.open = centre.open();
        form.version = centre.version();
        return form;
    }

    /**
     * The request this form describes. Numbers that cannot be read are reported in {@code problems}
     * and left empty, so that the request is refused and its other problems found too.
     */
    CentreRequest toRequest(List<FieldProblem> problems) {
        return new CentreRequest(
                code,
                nameEn,
                nameAr,
                townEn,
                townAr,
                pcode,
                decimal("latitude", latitude, problems),
                decimal("longitude", longitude, problems),
                whole("capacityPersons", capacityPersons, problems),
                whole("capacityFamilies", capacityFamilies, problems),
                whole("accessibleUnits", accessibleUnits, problems),
                services,
                open,
                version);
    }

    private static Double decimal(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace('٫', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, ReceptionProblemCode.NOT_A_NUMBER, "Not a number"));
            return null;
        }
    }

    private static Integer whole(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, ReceptionProblemCode.NOT_A_WHOLE_NUMBER, "Not a whole number"));
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getTownEn() {
        return townEn;
    }

    public void setTownEn(String townEn) {
        this.townEn = townEn;
    }

    public String getTownAr() {
        return townAr;
    }

    public void setTownAr(String townAr) {
        this.townAr = townAr;
    }

    public String getPcode() {
        return pcode;
    }

    public void setPcode(String pcode) {
        this.pcode = pcode;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getCapacityPersons() {
        return capacityPersons;
    }

    public void setCapacityPersons(String capacityPersons) {
        this.capacityPersons = capacityPersons;
    }

    public String getCapacityFamilies() {
        return capacityFamilies;
    }

    public void setCapacityFamilies(String capacityFamilies) {
        this.capacityFamilies = capacityFamilies;
    }

    public String getAccessibleUnits() {
        return accessibleUnits;
    }

    public void setAccessibleUnits(String accessibleUnits) {
        this.accessibleUnits = accessibleUnits;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services == null ? new ArrayList<>() : services;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
