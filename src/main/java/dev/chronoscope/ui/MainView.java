package dev.chronoscope.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The plain main window: a tool bar with Open…, then — depending on the load state — a progress
 * bar, the error, or the overview of the log (counts, time range, event types), and a status bar.
 * Built in code; binds to {@link MainViewModel} and forwards the Open command, nothing more.
 */
final class MainView {

    private final MainViewModel viewModel;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final ObservableList<LogSummary.TypeCount> types = FXCollections.observableArrayList();

    MainView(MainViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        root.getStyleClass().add("main-view");
        root.setTop(toolBar());
        root.setCenter(new StackPane(loadingPane(), errorPane(), overviewPane()));
        root.setBottom(statusBar());
        viewModel.summaryProperty().addListener((obs, old, summary) ->
                types.setAll(summary == null ? List.of() : summary.types()));
        if (viewModel.summaryProperty().get() != null) {
            types.setAll(viewModel.summaryProperty().get().types());
        }
    }

    Parent root() {
        return root;
    }

    private Node toolBar() {
        Button open = new Button("Open…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("openButton");
        open.setTooltip(new Tooltip("Open an event log (JSON Lines)"));
        open.setOnAction(e -> chooseFile());
        Label file = new Label();
        file.setId("fileName");
        file.getStyleClass().add(Styles.TEXT_BOLD);
        file.textProperty().bind(viewModel.fileNameProperty());
        Label path = new Label();
        path.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        path.textProperty().bind(Bindings.createStringBinding(() -> {
            Path p = viewModel.fileProperty().get();
            return p == null || p.getParent() == null ? "" : p.toAbsolutePath().getParent().toString();
        }, viewModel.fileProperty()));
        ToolBar bar = new ToolBar(open, new Spacer(8), file, path);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl", "*.ndjson", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            File dir = current.toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    // ---- loading ---------------------------------------------------------------------------------

    private Node loadingPane() {
        ProgressBar bar = new ProgressBar();
        bar.setId("loadProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label text = new Label();
        text.setId("loadProgressText");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.textProperty().bind(viewModel.progressTextProperty());
        VBox box = new VBox(12, text, bar);
        box.setAlignment(Pos.CENTER);
        showOnlyIn(box, LoadState.LOADING);
        return box;
    }

    // ---- failure ---------------------------------------------------------------------------------

    private Node errorPane() {
        Message message = new Message("Could not open the log", "", new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(viewModel.errorMessageProperty());
        message.setMaxWidth(640);
        message.setId("errorMessage");
        Label hint = new Label("Choose another file with Open….");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, message, hint);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        showOnlyIn(box, LoadState.FAILED);
        return box;
    }

    // ---- overview --------------------------------------------------------------------------------

    private Node overviewPane() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.textProperty().bind(viewModel.fileNameProperty());
        Label subheading = new Label();
        subheading.getStyleClass().add(Styles.TEXT_MUTED);
        subheading.textProperty().bind(summaryText(s -> s.firstTime() == null ? "No timestamps in this log"
                : "Spans " + Formats.duration(Duration.between(s.firstTime(), s.lastTime()))));

        HBox tiles = new HBox(12,
                tile("eventCount", "Events", summaryText(s -> Formats.count(s.events())), s -> false),
                tile("streamCount", "Streams", summaryText(s -> Formats.count(s.streams())), s -> false),
                tile("rejectedCount", "Rejected", summaryText(s -> Formats.count(s.rejected())),
                        s -> s.rejected() > 0),
                tile("typeCount", "Event types", summaryText(s -> Formats.count(s.types().size())), s -> false));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS)); // equal widths: same pref, all grow

        Label rangeCaption = new Label("Time range");
        rangeCaption.getStyleClass().add("section-title");
        Label range = new Label();
        range.setId("timeRange");
        range.getStyleClass().add("time-range");
        range.textProperty().bind(summaryText(s -> Formats.timeRange(s.firstTime(), s.lastTime())));

        Label typesCaption = new Label("Event types");
        typesCaption.getStyleClass().add("section-title");
        TableView<LogSummary.TypeCount> table = typeTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Node rejections = rejectionsSection();

        VBox box = new VBox(heading, subheading, tiles, rangeCaption, range, typesCaption, table, rejections);
        box.getStyleClass().add("overview");
        VBox.setMargin(tiles, new Insets(16, 0, 8, 0));
        showOnlyIn(box, LoadState.LOADED);
        return box;
    }

    /** The first rejected records with line number and reason; only when there are any. */
    private Node rejectionsSection() {
        Label caption = new Label();
        caption.getStyleClass().add("section-title");
        caption.textProperty().bind(summaryText(s -> s.rejected() > MAX_REJECTIONS_SHOWN
                ? "Rejected records (first " + MAX_REJECTIONS_SHOWN + " of " + Formats.count(s.rejected()) + ")"
                : "Rejected records"));
        ListView<String> list = new ListView<>();
        list.setId("rejectionList");
        list.getStyleClass().addAll(Styles.DENSE, "rejection-list");
        list.setPrefHeight(110);
        list.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.logProperty().addListener((obs, old, log) -> list.getItems().setAll(log == null ? List.of()
                : log.rejections().stream().limit(MAX_REJECTIONS_SHOWN)
                        .map(r -> "line " + r.record() + ": " + r.reason()).toList()));
        VBox box = new VBox(caption, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(list.getItems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static final int MAX_REJECTIONS_SHOWN = 200;

    /** A big number with a caption; shown in the danger colour while {@code bad} holds. */
    private Node tile(String id, String caption, StringBinding value,
            Predicate<LogSummary> bad) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("stat-value");
        number.textProperty().bind(value);
        // a plain listener on the view-model's property: a listener on a fresh binding would be garbage collected
        viewModel.summaryProperty().addListener((obs, old, s) -> number.pseudoClassStateChanged(BAD, s != null && bad.test(s)));
        Label label = new Label(caption);
        label.getStyleClass().add("stat-caption");
        VBox tile = new VBox(2, number, label);
        tile.getStyleClass().add("stat-tile");
        tile.setPrefWidth(100);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");

    private TableView<LogSummary.TypeCount> typeTable() {
        TableView<LogSummary.TypeCount> table = new TableView<>(types);
        table.setId("typeTable");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No events"));
        table.setMinHeight(120); // shrink with the window instead of pushing the rest off screen
        table.setPrefHeight(240);

        TableColumn<LogSummary.TypeCount, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
        type.setPrefWidth(280);

        TableColumn<LogSummary.TypeCount, Number> count = new TableColumn<>("Events");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setPrefWidth(110);
        count.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Formats.count(n.longValue()));
            }
        });
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<LogSummary.TypeCount, Number> share = new TableColumn<>("Share");
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        share.setCellFactory(col -> new ShareCell());
        share.setPrefWidth(260);
        table.getColumns().setAll(List.of(type, count, share));
        return table;
    }

    /** A bar and a percentage: the type's share of all events. */
    private final class ShareCell extends TableCell<LogSummary.TypeCount, Number> {
        private final ProgressBar bar = new ProgressBar();
        private final Label percent = new Label();
        private final HBox box = new HBox(10, bar, percent);

        ShareCell() {
            bar.setPrefWidth(140);
            bar.getStyleClass().addAll(Styles.SMALL, "share-bar");
            percent.getStyleClass().add(Styles.TEXT_MUTED);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            LogSummary s = viewModel.summaryProperty().get();
            if (empty || n == null || s == null) {
                setGraphic(null);
                return;
            }
            double max = s.types().isEmpty() ? 1 : s.types().get(0).count();
            bar.setProgress(n.doubleValue() / max);
            percent.setText(Formats.percent(n.longValue(), s.events()));
            setGraphic(box);
        }
    }

    // ---- status bar ------------------------------------------------------------------------------

    private Node statusBar() {
        Label left = new Label();
        left.setId("statusText");
        left.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.stateProperty().get()) {
            case EMPTY -> "No log open";
            case LOADING -> "Loading…";
            case FAILED -> "Not loaded";
            case LOADED -> {
                LogSummary s = viewModel.summaryProperty().get();
                yield Formats.count(s.events()) + " events · " + Formats.count(s.streams()) + " streams · "
                        + Formats.count(s.rejected()) + " rejected";
            }
        }, viewModel.stateProperty(), viewModel.summaryProperty()));
        Label right = new Label();
        right.getStyleClass().add(Styles.TEXT_MUTED);
        right.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadTimeProperty().get() == null
                ? "" : "loaded in " + Formats.duration(viewModel.loadTimeProperty().get()), viewModel.loadTimeProperty()));
        HBox bar = new HBox(left, new Spacer(), right);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private StringBinding summaryText(Function<LogSummary, String> text) {
        return Bindings.createStringBinding(() -> {
            LogSummary s = viewModel.summaryProperty().get();
            return s == null ? "" : text.apply(s);
        }, viewModel.summaryProperty());
    }

    private void showOnlyIn(Node node, LoadState state) {
        node.visibleProperty().bind(viewModel.stateProperty().isEqualTo(state));
        node.managedProperty().bind(node.visibleProperty());
    }
}
