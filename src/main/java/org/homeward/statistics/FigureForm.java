package org.homeward.statistics;

/** The published-figure form as the page binds it (JavaBean properties), turned into a request for the service. */
class FigureForm {

    private String indicator = FigureIndicator.REFUGEE_RETURNS.name();
    private String value;
    private String periodFrom;
    private String periodTo;
    private String areaType = FigureArea.NATIONAL.name();
    private String areaCode;
    private String sourceOrganisation;
    private String publishedOn;
    private String citation;
    private String link;
    private String definitionNote;
    private Long version;

    static FigureForm of(PublishedFigure figure) {
        FigureForm form = new FigureForm();
        form.indicator = figure.indicator().name();
        form.value = String.valueOf(figure.value());
        form.periodFrom = figure.periodFrom().toString();
        form.periodTo = figure.periodTo().toString();
        form.areaType = figure.areaType().name();
        form.areaCode = figure.areaCode();
        form.sourceOrganisation = figure.sourceOrganisation();
        form.publishedOn = figure.publishedOn().toString();
        form.citation = figure.citation();
        form.link = figure.link();
        form.definitionNote = figure.definitionNote();
        form.version = figure.version();
        return form;
    }

    PublishedFigureRequest toRequest() {
        return new PublishedFigureRequest(
                indicator,
                value,
                periodFrom,
                periodTo,
                areaType,
                areaCode,
                sourceOrganisation,
                publishedOn,
                citation,
                link,
                definitionNote,
                version);
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getAreaType() {
        return areaType;
    }

    public void setAreaType(String areaType) {
        this.areaType = areaType;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getSourceOrganisation() {
        return sourceOrganisation;
    }

    public void setSourceOrganisation(String sourceOrganisation) {
        this.sourceOrganisation = sourceOrganisation;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getDefinitionNote() {
        return definitionNote;
    }

    public void setDefinitionNote(String definitionNote) {
        this.definitionNote = definitionNote;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
