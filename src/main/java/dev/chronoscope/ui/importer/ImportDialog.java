package dev.chronoscope.ui.importer;

import dev.chronoscope.source.PreviewCheck;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.dialogs.DialogSupport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The import dialog, modelled on Disco's: the first records of a CSV file in a table with a role
 * selector above each column, the reading options, a live count of the preview records the
 * choices would reject, and the equivalent command-line flags. A thin view of {@link ImportViewModel}.
 */
public final class ImportDialog {

    static final ButtonType OPEN = new ButtonType("Open", ButtonData.OK_DONE);
    static final String STYLESHEET = ImportDialog.class.getResource("importer.css").toExternalForm();

    private ImportDialog() {}

    /** Shows the dialog for {@code file} and waits; the options chosen, or empty when cancelled. */
    public static Optional<LoadOptions> show(Window owner, Path file, LoadOptions suggested) {
        return create(owner, new ImportViewModel(file, suggested)).showAndWait();
    }

    /** The dialog on a view-model (for tests and screenshots). */
    public static Dialog<LoadOptions> create(Window owner, ImportViewModel vm) {
        Dialog<LoadOptions> dialog = new Dialog<>();
        DialogSupport.prepare(dialog, owner, "Import " + fileName(vm.file()));
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("import-dialog");
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefSize(1040, 680);
        // the window comes up at 600 px otherwise, and a window manager-less X server (or Monocle)
        // ignores a later resize: ask for the width before it is shown
        double screenWidth = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
        dialog.getDialogPane().setMinWidth(Math.min(1040, screenWidth - 40));
        // a resizable dialog's window comes up narrower than the pane's preferred width: widen it
        // (within the screen) and centre it on its owner again. When onShown runs the window's
        // width can still be unknown (NaN: GTK without a window manager, Monocle), hence a pulse later.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> widen(dialog)));
        dialog.setHeaderText("How should Chronoscope read " + fileName(vm.file()) + "?"
                + (vm.json() && missingRoles(vm) != null ? "\nIts records have none of the usual keys for the "
                        + missingRoles(vm) + ": give the role to a field below." : ""));
        FontIcon icon = new FontIcon(vm.json() ? MaterialDesignC.CODE_JSON : MaterialDesignF.FILE_DELIMITED_OUTLINE);
        icon.getStyleClass().add("dialog-icon");
        dialog.setGraphic(icon);

        VBox content = new VBox(options(vm), table(vm), status(vm), cli(vm));
        content.getStyleClass().add("import-form");
        VBox.setVgrow(content.getChildren().get(1), Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.setId("importOpen");
        open.disableProperty().bind(vm.validProperty().not());
        dialog.setResultConverter(button -> button == OPEN ? vm.result().orElse(null) : null);
        return dialog;
    }

    private static void widen(Dialog<?> dialog) {
        Window w = dialog.getDialogPane().getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(dialog.getDialogPane().prefWidth(-1), screen.getWidth() - 40);
        double current = w.getWidth();
        if (Double.isNaN(current) || current < width) {
            Window owner = dialog.getOwner();
            double x = owner != null && !Double.isNaN(owner.getX())
                    ? owner.getX() + (owner.getWidth() - width) / 2
                    : screen.getMinX() + (screen.getWidth() - width) / 2;
            w.setWidth(width);
            w.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        }
    }

    // ---- options -------------------------------------------------------------------------------

    private static Node options(ImportViewModel vm) {
        ComboBox<Character> delimiter = new ComboBox<>();
        delimiter.setId("importDelimiter");
        List<Character> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(ImportViewModel.DELIMITERS);
        delimiter.getItems().setAll(choices);
        delimiter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "Detect (" + vm.detectedDelimiterProperty().get() + ")"
                        : ImportViewModel.delimiterName(c) + (c == '\t' ? "" : "  " + c);
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        vm.detectedDelimiterProperty().addListener((obs, old, now) -> {
            // the "Detect (…)" label names what was found
            Character c = delimiter.getValue();
            delimiter.setButtonCell(null);
            delimiter.setValue(c);
        });

        ComboBox<Charset> encoding = new ComboBox<>();
        encoding.setId("importEncoding");
        encoding.getItems().setAll(ImportViewModel.ENCODINGS);
        encoding.setConverter(new StringConverter<>() {
            @Override
            public String toString(Charset c) {
                return c == null ? "" : c.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Latin-1 (ISO-8859-1)";
            }

            @Override
            public Charset fromString(String s) {
                return null;
            }
        });
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());

        TextField nullToken = field("importNullToken", "none", 90, "Cells equal to this count as empty, e.g. ? or NULL");
        nullToken.textProperty().bindBidirectional(vm.nullTokenProperty());
        TextField timeFormat = field("importTimeFormat", "detect", 170,
                "A java.time pattern such as dd/MM/yyyy HH:mm; blank: ISO-8601 and the common forms, day- or month-first from the data");
        timeFormat.textProperty().bindBidirectional(vm.timeFormatProperty());
        TextField zone = field("importZone", "UTC", 170, "The zone of times written without an offset, e.g. Europe/Amsterdam");
        zone.textProperty().bindBidirectional(vm.zoneProperty());

        ComboBox<Boolean> order = new ComboBox<>();
        order.setId("importOrder");
        order.getItems().setAll(false, true);
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return Boolean.TRUE.equals(b) ? "Time order" : "File order";
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        order.setValue(vm.orderByTimeProperty().get());
        order.valueProperty().addListener((obs, old, now) -> vm.orderByTimeProperty().set(Boolean.TRUE.equals(now)));

        Button reset = new Button("Detect roles", new FontIcon(MaterialDesignA.AUTO_FIX));
        reset.setId("importResetRoles");
        reset.setTooltip(new Tooltip(vm.json() ? "Give every field the role detection finds for it"
                : "Give every column the role detection finds for it"));
        reset.setOnAction(e -> vm.resetRoles());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("import-options");
        if (vm.json()) {
            // delimiter, encoding (JSON is UTF-8) and null token are CSV settings
            grid.addRow(0, label("Time format", timeFormat), timeFormat, label("Time zone", zone), zone,
                    label("Order", order), order);
        } else {
            grid.addRow(0, label("Delimiter", delimiter), delimiter, label("Encoding", encoding), encoding,
                    label("Null token", nullToken), nullToken);
            grid.addRow(1, label("Time format", timeFormat), timeFormat, label("Time zone", zone), zone,
                    label("Order", order), order);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(grid, grow, reset);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        Label error = new Label();
        error.setId("importOptionsError");
        error.getStyleClass().add("options-error");
        error.textProperty().bind(vm.optionsErrorProperty());
        error.visibleProperty().bind(vm.optionsErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(6, bar, error);
    }

    private static TextField field(String id, String prompt, double width, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(1);
        f.setPrefWidth(width);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    // ---- preview table -------------------------------------------------------------------------

    private static Node table(ImportViewModel vm) {
        TableView<List<String>> table = new TableView<>();
        table.setId("importTable");
        table.getStyleClass().addAll("import-table", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.previewErrorProperty().isEmpty())
                .then("No records").otherwise(vm.previewErrorProperty()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        Runnable rebuild = () -> fill(table, vm);
        vm.previewProperty().addListener((obs, old, now) -> rebuild.run());
        vm.roles().addListener((ListChangeListener<ColumnRole>) change -> {
            if (table.getColumns().size() - 1 != vm.roles().size()) {
                return; // the preview is being replaced; fill() follows
            }
            for (int c = 0; c < vm.roles().size(); c++) {
                @SuppressWarnings("unchecked")
                ComboBox<ColumnRole> box = (ComboBox<ColumnRole>) table.getColumns().get(c + 1).getGraphic().lookup(".role-box");
                if (box != null && box.getValue() != vm.roles().get(c)) {
                    box.setValue(vm.roles().get(c));
                }
            }
            table.refresh();
        });
        rebuild.run();
        return table;
    }

    private static void fill(TableView<List<String>> table, ImportViewModel vm) {
        PreviewTable p = vm.previewProperty().get();
        table.getColumns().clear();
        if (p == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<List<String>, String> number = new TableColumn<>("#");
        number.getStyleClass().add("row-number");
        number.setSortable(false);
        number.setReorderable(false);
        number.setPrefWidth(44);
        number.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        table.getColumns().add(number);
        for (int c = 0; c < p.columns().size(); c++) {
            table.getColumns().add(column(vm, p, c));
        }
        table.getItems().setAll(p.rows());
    }

    private static TableColumn<List<String>, String> column(ImportViewModel vm, PreviewTable p, int index) {
        String name = p.columns().get(index);
        TableColumn<List<String>, String> col = new TableColumn<>();
        col.setSortable(false);
        col.setReorderable(false);
        col.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size() ? row.getValue().get(index) : ""));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("role-cell", "ignored-cell");
                if (!empty && index < vm.roles().size()) {
                    ColumnRole r = vm.roles().get(index);
                    if (r == ColumnRole.IGNORE || r == ColumnRole.NOT_MAPPED) {
                        getStyleClass().add("ignored-cell");
                    } else if (r.unique()) {
                        getStyleClass().add("role-cell");
                    }
                }
            }
        });
        ComboBox<ColumnRole> role = new ComboBox<>();
        role.getStyleClass().add("role-box");
        role.setId("role-" + index);
        role.getItems().setAll(vm.availableRoles());
        role.setValue(vm.roles().get(index));
        role.setMaxWidth(Double.MAX_VALUE);
        role.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.setRole(index, now);
            }
        });
        Label title = new Label(name);
        title.getStyleClass().add("column-name");
        title.setTooltip(new Tooltip(name));
        VBox header = new VBox(4, role, title);
        header.getStyleClass().add("column-header-box");
        col.setGraphic(header);
        col.setPrefWidth(Math.max(150, Math.min(280, 30 + 8 * Math.max(name.length(), longest(p, index)))));
        return col;
    }

    private static int longest(PreviewTable p, int index) {
        int max = 0;
        for (int r = 0; r < Math.min(50, p.rows().size()); r++) {
            List<String> row = p.rows().get(r);
            if (index < row.size()) {
                max = Math.max(max, row.get(index).length());
            }
        }
        return max;
    }

    // ---- status and flags ----------------------------------------------------------------------

    private static Node status(ImportViewModel vm) {
        Label text = new Label();
        text.setId("importRejected");
        text.getStyleClass().add("import-status");
        text.setWrapText(true);
        text.textProperty().bind(vm.rejectedTextProperty());
        FontIcon ok = new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        FontIcon warn = new FontIcon(MaterialDesignA.ALERT_OUTLINE);
        FontIcon fail = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        Runnable update = () -> {
            PreviewCheck c = vm.checkProperty().get();
            text.getStyleClass().removeAll("ok", "warning", "error");
            if (c == null) {
                text.setGraphic(null);
            } else if (c.failure() != null) {
                text.getStyleClass().add("error");
                text.setGraphic(fail);
            } else if (c.rejected() > 0) {
                text.getStyleClass().add("warning");
                text.setGraphic(warn);
            } else {
                text.getStyleClass().add("ok");
                text.setGraphic(ok);
            }
        };
        vm.checkProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return text;
    }

    private static Node cli(ImportViewModel vm) {
        Label label = new Label("Command line");
        TextField flags = new TextField();
        flags.setId("importCli");
        flags.setEditable(false);
        flags.getStyleClass().add("cli-flags");
        flags.textProperty().bind(Bindings.when(vm.cliFlagsProperty().isEmpty()).then("(no flags needed)")
                .otherwise(vm.cliFlagsProperty()));
        label.setLabelFor(flags);
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("importCopyCli");
        copy.setTooltip(new Tooltip("Copy the flags"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.cliFlagsProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox.setHgrow(flags, Priority.ALWAYS);
        HBox row = new HBox(8, label, flags, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("cli-row");
        return row;
    }

    /** The roles detection did not find ("stream", "event type" or both), or {@code null} when it found both. */
    private static String missingRoles(ImportViewModel vm) {
        PreviewTable p = vm.previewProperty().get();
        if (p == null) {
            return null;
        }
        boolean stream = p.detected().contains(dev.chronoscope.source.Role.STREAM);
        boolean type = p.detected().contains(dev.chronoscope.source.Role.TYPE);
        return stream && type ? null : !stream && !type ? "stream or the event type" : !stream ? "stream (aggregate id)" : "event type";
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
