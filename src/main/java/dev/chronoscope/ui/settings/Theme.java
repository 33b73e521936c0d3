package dev.chronoscope.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the app, both AtlantaFX Primer themes. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    /** For menus: {@code Light}, {@code Dark}. */
    public String displayName() {
        return displayName;
    }

    /** The other theme, for a toggle. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The AtlantaFX user-agent stylesheet URL of this theme. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** Makes this the application-wide user-agent stylesheet; every open window follows. Call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }
}
