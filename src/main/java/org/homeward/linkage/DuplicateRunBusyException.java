package org.homeward.linkage;

/** A batch run was asked for while another runs, on this server or another one on the same database. */
public class DuplicateRunBusyException extends RuntimeException {

    DuplicateRunBusyException() {
        super("Another duplicate run is under way");
    }
}
