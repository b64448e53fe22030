/**
 * Demo data: a synthetic but realistic population of returnee households, written in the
 * interchange layout and shaped by UNHCR's return figures, with a known share of people
 * registered more than once and a truth file naming them. The generator is plain Java; the
 * command line and the importer call it. It also offers the population-weighted sub-districts
 * to other features' demos.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"files", "places", "registry"})
package org.homeward.demo;
