package org.homeward.registry;

/** Receives news of a long import: rows checked, then households written (each batch acknowledged). */
public interface ImportProgress {

    ImportProgress SILENT = new ImportProgress() {};

    /** Called as rows are checked in the first pass. */
    default void checked(long rows) {}

    /** Called after each committed batch: from here on these households survive a crash. */
    default void written(long rowsDone, long rowsTotal, long householdsWritten) {}

    /** Called when every batch is written and the name indexes set aside for a large import are being built again. */
    default void buildingNameIndexes() {}
}
