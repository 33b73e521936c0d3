package dev.chronoscope.ui;

import javafx.animation.AnimationTimer;

/**
 * Drives {@link ExplorerViewModel#advancePlayback(double)} once a frame while the explorer plays;
 * the view-model decides how far the cursor moves, so the timer only measures time.
 */
final class Playback {

    private final ExplorerViewModel explorer;
    private final AnimationTimer timer;
    private long lastFrame = -1;

    Playback(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame >= 0) {
                    // a long stall (window hidden, machine busy) must not jump far ahead
                    explorer.advancePlayback(Math.min(0.25, (now - lastFrame) / 1e9));
                }
                lastFrame = now;
            }
        };
        explorer.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                lastFrame = -1;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }
}
