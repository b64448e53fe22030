package org.homeward.registry;

/** Whether a household returns from a country of asylum or from displacement inside Syria. */
public enum ReturnType {
    /** Refugee returnee: came back from a country of asylum. */
    REFUGEE,
    /** IDP returnee: came back to the place of habitual residence inside Syria. */
    IDP
}
