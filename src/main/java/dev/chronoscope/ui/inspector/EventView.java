package dev.chronoscope.ui.inspector;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Json;
import dev.chronoscope.ui.Formats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One event: its envelope as a two-column grid and its data and metadata pretty-printed in
 * read-only text areas, each with a copy button; "Copy envelope" gives the event as the CLI's
 * {@code events} command prints it ({@code position, id, stream, streamType, type, version, time,
 * data, metadata}).
 */
public final class EventView extends BorderPane {

    /** ISO-8601 in UTC with milliseconds, e.g. {@code 2024-03-04T08:03:30.120Z}. */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String NONE = "—";
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("none");

    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final StringProperty placeholderText = new SimpleStringProperty(this, "placeholderText", "No event selected");

    private final GridPane grid = new GridPane();
    private final TextArea data = new TextArea();
    private final TextArea metadata = new TextArea();
    private final Label placeholder = new Label();
    private final StackPane empty = new StackPane(placeholder);
    private final BorderPane content = new BorderPane();
    private int rowCount;

    public EventView() {
        getStyleClass().add("event-view");
        getStylesheets().add(EventView.class.getResource("inspector.css").toExternalForm());

        grid.getStyleClass().add("envelope");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(keys, values);
        field("Position", "eventPosition", e -> Formats.count(e.position()));
        field("Id", "eventId", e -> orNone(e.id()));
        field("Stream", "eventStream", e -> orNone(e.stream()));
        field("Stream type", "eventStreamType", e -> orNone(e.streamType()));
        field("Type", "eventType", e -> orNone(e.type()));
        field("Version", "eventVersion", e -> e.version() == null ? NONE : Long.toString(e.version()));
        field("Time", "eventTime", e -> time(e.time()));

        Button copyEnvelope = new Button("Copy envelope as JSON", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copyEnvelope.setId("eventCopyEnvelope");
        copyEnvelope.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copyEnvelope.setTooltip(new Tooltip("Copy the whole event as the CLI prints it"));
        copyEnvelope.setOnAction(e -> {
            if (event.get() != null) {
                StateView.copy(JsonText.pretty(envelope(event.get())));
            }
        });
        HBox actions = new HBox(copyEnvelope);
        actions.getStyleClass().add("inspector-toolbar");
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox top = new VBox(grid, actions);

        data.setId("eventData");
        metadata.setId("eventMetadata");
        SplitPane payloads = new SplitPane(payload("Data", data), payload("Metadata", metadata));
        payloads.setOrientation(Orientation.VERTICAL);
        payloads.setDividerPositions(0.7);
        content.setTop(top);
        content.setCenter(payloads);

        placeholder.textProperty().bind(placeholderText);
        placeholder.getStyleClass().add("placeholder-text");
        empty.getStyleClass().add("placeholder");

        event.addListener((o, was, e) -> refresh());
        refresh();
    }

    /** The event shown, or {@code null} (the placeholder is shown). */
    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public Event getEvent() {
        return event.get();
    }

    public void setEvent(Event value) {
        event.set(value);
    }

    /** The text shown when there is no event; default "No event selected". */
    public StringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public String getPlaceholderText() {
        return placeholderText.get();
    }

    public void setPlaceholderText(String value) {
        placeholderText.set(value);
    }

    /** The envelope of DESIGN.md: position, id, stream, streamType, type, version, time, data, metadata. */
    public static ObjectNode envelope(Event e) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("position", e.position());
        o.put("id", e.id());
        o.put("stream", e.stream());
        o.put("streamType", e.streamType());
        o.put("type", e.type());
        o.put("version", e.version());
        o.put("time", e.time() == null ? null : e.time().toString());
        o.set("data", e.data());
        o.set("metadata", e.metadata());
        return o;
    }

    /** {@code 2024-03-04T08:03:30.120Z}, or "—". */
    static String time(Instant t) {
        return t == null ? NONE : TIME.format(t);
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }

    private void field(String name, String id, Function<Event, String> text) {
        Label key = new Label(name);
        key.getStyleClass().add("envelope-key");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("envelope-value");
        value.setMaxWidth(Double.MAX_VALUE);
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy " + name.toLowerCase(Locale.ROOT), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setOnAction(e -> StateView.copy(value.getText()));
        menu.getItems().add(copy);
        value.setContextMenu(menu);
        event.addListener((o, was, e) -> {
            value.setText(e == null ? "" : text.apply(e));
            value.pseudoClassStateChanged(MISSING, NONE.equals(value.getText()));
            value.setTooltip(value.getText().length() > 40 ? new Tooltip(value.getText()) : null);
        });
        grid.addRow(rowCount++, key, value);
    }

    private static VBox payload(String name, TextArea area) {
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("payload-text");
        Label caption = new Label(name);
        caption.getStyleClass().add("side-caption");
        Button copy = StateView.iconButton(new FontIcon(MaterialDesignC.CONTENT_COPY), "Copy " + name.toLowerCase(Locale.ROOT) + " as JSON");
        copy.setId(area.getId() + "Copy");
        copy.setOnAction(e -> StateView.copy(area.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, spacer, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("payload-header");
        VBox.setVgrow(area, Priority.ALWAYS);
        return new VBox(header, area);
    }

    private void refresh() {
        Event e = event.get();
        if (e == null) {
            data.clear();
            metadata.clear();
            setCenter(empty);
            return;
        }
        data.setText(e.data() == null ? "null" : JsonText.pretty(e.data()));
        metadata.setText(e.metadata() == null ? "null" : JsonText.pretty(e.metadata()));
        data.positionCaret(0);
        metadata.positionCaret(0);
        setCenter(content);
    }
}
