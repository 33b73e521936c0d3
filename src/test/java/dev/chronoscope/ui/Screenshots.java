package dev.chronoscope.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves scenes as PNG files under {@code target/screenshots/} for TestFX tests. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Scene.snapshot works under Monocle; converted by hand since javafx-swing is not a dependency. */
    public static Path save(Scene scene, String name) throws Exception {
        return save(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS), name);
    }

    /** Saves {@code image}, a snapshot taken on the FX thread. */
    public static Path save(WritableImage image, String name) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path target = dir.resolve(name);
        ImageIO.write(out, "png", target.toFile());
        return target;
    }
}
