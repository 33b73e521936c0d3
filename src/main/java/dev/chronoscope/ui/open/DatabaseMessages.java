package dev.chronoscope.ui.open;

/**
 * The database loader's messages are written for the command line ("expected the user with
 * --user …"); in the GUI they name the dialog's fields instead.
 */
public final class DatabaseMessages {

    private DatabaseMessages() {}

    /** {@code message} with the command-line options replaced by the Open Database dialog's fields. */
    public static String inDialogTerms(String message) {
        if (message == null) {
            return null;
        }
        return message
                .replace("expected the user with --user and the password in the environment variable named by --password-env",
                        "check the User and Password fields")
                .replace("--preset generic --query SQL", "the generic preset with a query")
                .replace("--query SQL, e.g. --query ", "a query, e.g. ")
                .replace("--query", "the query")
                .replace("--map type=COLUMN", "a column named type (or eventType, event_type, name)")
                .replace("--map", "column mapping");
    }
}
