package dev.chronoscope.ui.settings;

/**
 * Where a window was: its normal (not maximised) bounds in screen coordinates, and whether it was
 * maximised on top of them.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** @throws IllegalArgumentException unless every number is finite and the size positive */
    public WindowBounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)
                || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("not window bounds: " + x + ", " + y + ", " + width + " x " + height);
        }
    }
}
