/**
 * The timeline control: {@link dev.chronoscope.ui.timeline.TimelineView} holds the state
 * (density source, axis, visible range, cursor, inspected stream, colours) as properties and
 * {@link dev.chronoscope.ui.timeline.TimelineViewSkin} paints event density on a Canvas and turns
 * mouse drags, wheel turns and double-clicks into changes of those properties.
 */
package dev.chronoscope.ui.timeline;
