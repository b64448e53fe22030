package org.homeward.linkage.engine;

/** Which link of the Arab name chain a name is; family names lose a joined "Al"/"ال" prefix. */
public enum NameRole {
    GIVEN,
    FATHER,
    GRANDFATHER,
    FAMILY
}
