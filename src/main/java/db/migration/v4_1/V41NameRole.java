package db.migration.v4_1;

/** Which link of the Arab name chain a name is, as the engine's {@code NameRole} stood when {@code V4_1__linkage_name_keys} was written. */
enum V41NameRole {
    GIVEN,
    FATHER,
    GRANDFATHER,
    FAMILY
}
