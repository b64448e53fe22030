package org.homeward.allocation.engine;

/**
 * Dual values of the linear programme's rows, as OR-Tools reports them (the change of the optimum
 * per unit of right-hand side; rows of the "at most" kind have values of zero or less, and are
 * clamped so when used as prices, which keeps every bound built from them valid).
 */
record LpDuals(
        double[] classRows, double[] personRows, double[] unitRows, double[] accessibleRows, double[] communityRows) {

    /** The price of one household of the class in the centre, without the class and community rows' duals. */
    double centrePriceWithoutCommunity(HouseholdClasses classes, int k, int centre) {
        return classes.size[k] * personRows[centre]
                + Math.min(0, unitRows[centre])
                + (classes.accessible[k] ? Math.min(0, accessibleRows[centre]) : 0);
    }

    /** The price of one household of the class in the centre, apart from the class row's own dual. */
    double centrePrice(HouseholdClasses classes, int k, int centre) {
        int persons = classes.size[k];
        return persons * personRows[centre]
                + Math.min(0, unitRows[centre])
                + (classes.accessible[k] ? Math.min(0, accessibleRows[centre]) : 0)
                + persons * Math.min(0, communityRows[classes.community[k]]);
    }
}
