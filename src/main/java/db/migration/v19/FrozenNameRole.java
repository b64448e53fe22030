package db.migration.v19;

/** Which link of the Arab name chain a name is, as the engine's {@code NameRole} stood for V19. */
enum FrozenNameRole {
    GIVEN,
    FATHER,
    GRANDFATHER,
    FAMILY
}
