package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Json;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event view alone in a stage, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class EventViewTest {

    static final Event WITHDRAWN = new Event(512_340, "evt-9f3c", "acc-1042", "Account", "MoneyWithdrawn", 17L,
            Instant.parse("2024-03-04T08:03:30.120456Z"),
            json("{\"amount\":271,\"currency\":\"EUR\",\"memo\":\"rent ✓\"}"),
            json("{\"correlationId\":\"c-77\",\"user\":\"ada\"}"));
    static final Event BARE = new Event(3, null, "s-1", null, "Created", null, null, json("{}"), null);

    private EventView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new EventView();
        stage.setScene(new Scene(view, 520, 560));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void showsTheEnvelopeWithGroupedPositionAndMillisecondUtcTime(FxRobot robot) {
        robot.interact(() -> view.setEvent(WITHDRAWN));

        assertEquals(List.of(String.format("%,d", 512_340L), "evt-9f3c", "acc-1042", "Account", "MoneyWithdrawn", "17",
                        "2024-03-04T08:03:30.120Z"),
                envelope(robot));
    }

    @Test
    void missingEnvelopeFieldsShowADash(FxRobot robot) {
        robot.interact(() -> view.setEvent(BARE));

        assertEquals(List.of("3", "—", "s-1", "—", "Created", "—", "—"), envelope(robot));
        assertEquals("null", robot.lookup("#eventMetadata").queryAs(TextArea.class).getText());
    }

    @Test
    void dataAndMetadataArePrettyPrinted(FxRobot robot) throws Exception {
        robot.interact(() -> view.setEvent(WITHDRAWN));

        assertEquals(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(WITHDRAWN.data()),
                robot.lookup("#eventData").queryAs(TextArea.class).getText());
        assertEquals(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(WITHDRAWN.metadata()),
                robot.lookup("#eventMetadata").queryAs(TextArea.class).getText());
        assertTrue(!robot.lookup("#eventData").queryAs(TextArea.class).isEditable());
    }

    @Test
    void copyEnvelopeGivesTheDesignEnvelope(FxRobot robot) throws Exception {
        robot.interact(() -> view.setEvent(WITHDRAWN));

        robot.clickOn("#eventCopyEnvelope");

        String text = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(json("""
                {"position":512340,"id":"evt-9f3c","stream":"acc-1042","streamType":"Account","type":"MoneyWithdrawn",
                 "version":17,"time":"2024-03-04T08:03:30.120456Z",
                 "data":{"amount":271,"currency":"EUR","memo":"rent ✓"},
                 "metadata":{"correlationId":"c-77","user":"ada"}}"""), json(text));
        assertEquals(List.of("position", "id", "stream", "streamType", "type", "version", "time", "data", "metadata"),
                iterable(json(text).fieldNames()));
    }

    @Test
    void theCopyButtonOfDataCopiesThePrettyPrintedData(FxRobot robot) throws Exception {
        robot.interact(() -> view.setEvent(WITHDRAWN));

        robot.clickOn("#eventDataCopy");

        String text = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(WITHDRAWN.data(), json(text));
    }

    @Test
    void noEventShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> view.setEvent(WITHDRAWN));
        robot.interact(() -> view.setEvent(null));

        assertTrue(robot.lookup("No event selected").tryQuery().isPresent());
        assertTrue(robot.lookup("#eventData").tryQuery().isEmpty());
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        robot.interact(() -> view.setEvent(WITHDRAWN));

        assertTrue(Files.size(Screenshots.save(stage.getScene(), "inspector-event.png")) > 0);
    }

    private static List<String> envelope(FxRobot robot) {
        return List.of("#eventPosition", "#eventId", "#eventStream", "#eventStreamType", "#eventType", "#eventVersion",
                        "#eventTime").stream()
                .map(id -> robot.lookup(id).queryLabeled().getText())
                .toList();
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

}
