-- Reads an OCEL 2.0 log kept in SQLite (the relational OCEL 2.0 layout: `event`, one
-- `event_<Type>` table per event type holding `ocel_time`, `event_object` links) as an event log:
-- one event per row of `event`, its time from its `event_<Type>` table, and as its stream (case)
-- the order it concerns: directly linked, else the order that comprises its item; events that
-- concern no single order (package events) take the package as their stream. The data is the list
-- of linked objects with their qualifiers.
--
--   java -jar target/chronoscope.jar info 'jdbc:sqlite:../shared/realdata/ocpa/running-example.sqlite' \
--     --preset generic --query "$(cat docs/examples/ocel2-order-management.sql)"
--
-- Written for ocpa's running-example.sqlite (order management); other OCEL 2.0 logs list their
-- event tables in `event_map_type`.
WITH times(ocel_id, ocel_time) AS (
  SELECT ocel_id, ocel_time FROM event_PlaceOrder UNION ALL SELECT ocel_id, ocel_time FROM event_ConfirmOrder
  UNION ALL SELECT ocel_id, ocel_time FROM event_PayOrder UNION ALL SELECT ocel_id, ocel_time FROM event_PaymentReminder
  UNION ALL SELECT ocel_id, ocel_time FROM event_PickItem UNION ALL SELECT ocel_id, ocel_time FROM event_ItemOutOfStock
  UNION ALL SELECT ocel_id, ocel_time FROM event_ReorderItem UNION ALL SELECT ocel_id, ocel_time FROM event_CreatePackage
  UNION ALL SELECT ocel_id, ocel_time FROM event_SendPackage UNION ALL SELECT ocel_id, ocel_time FROM event_FailedDelivery
  UNION ALL SELECT ocel_id, ocel_time FROM event_PackageDelivered),
links(event_id, object_id, qualifier, object_type) AS (
  SELECT eo.ocel_event_id, eo.ocel_object_id, eo.ocel_qualifier, o.ocel_type
  FROM event_object eo JOIN object o ON o.ocel_id = eo.ocel_object_id),
item_orders(item_id, order_id) AS (
  SELECT ocel_target_id, ocel_source_id FROM object_object WHERE ocel_qualifier = 'comprises'),
cases(event_id, stream, stream_type, objects) AS (
  SELECT l.event_id,
         COALESCE(MIN(CASE WHEN l.object_type = 'orders' THEN l.object_id END), MIN(io.order_id),
                  MIN(CASE WHEN l.object_type = 'packages' THEN l.object_id END)),
         CASE WHEN MIN(CASE WHEN l.object_type = 'orders' THEN l.object_id END) IS NOT NULL OR MIN(io.order_id) IS NOT NULL
              THEN 'orders' ELSE 'packages' END,
         json_group_array(json_object('id', l.object_id, 'qualifier', l.qualifier))
  FROM links l LEFT JOIN item_orders io ON io.item_id = l.object_id AND l.object_type = 'items'
  GROUP BY l.event_id)
SELECT e.ocel_id AS id, e.ocel_type AS type, t.ocel_time AS time, c.stream AS stream, c.stream_type AS streamType,
       json_object('objects', json(c.objects)) AS data
FROM event e JOIN times t ON t.ocel_id = e.ocel_id LEFT JOIN cases c ON c.event_id = e.ocel_id
ORDER BY t.ocel_time, CAST(substr(e.ocel_id, 2) AS INTEGER)
