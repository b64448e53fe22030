package org.homeward.demo;

import org.homeward.registry.ReturnType;

/**
 * A number of individuals who returned in one year, of one return type, from one country of
 * asylum ({@code SYR} for IDP returns, which come from inside Syria).
 */
record ReturnFigure(int year, ReturnType returnType, String countryOfAsylum, long individuals) {

    public static final String SYRIA = "SYR";
}
