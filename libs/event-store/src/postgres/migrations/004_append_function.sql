-- Migration 004: the whole append as one PL/pgSQL function, so `appendToStream` is a single autocommitted
-- statement (one round trip) instead of BEGIN, lock, id lookup, insert, COMMIT.
--
-- `append_to_stream(stream_id, expected, events, channel)`:
-- - `expected`: 'any' | 'no_stream' | 'stream_exists' | a version >= 0 written in decimal;
-- - `events`: a JSON array of `{ eventId, type, schemaVersion, data, metadata }` in stream order;
-- - `channel`: the NOTIFY channel, or NULL not to notify.
-- It returns one row: the stream's version after the append, the position of the last event of the batch
-- (transaction id, sequence), and whether this was a retried append answered without writing.
--
-- Errors the adapter maps back to typed errors (SQLSTATE, DETAIL):
-- - `OD001` wrong expected version, DETAIL = the stream's actual version (0 when it does not exist);
-- - `OD002` event ids already stored by another append, DETAIL = those ids, comma-separated.
-- A unique violation of `events_event_id_key` (the same id being written to another stream at this very
-- moment) and of `events_stream_version_key` (the last line of defence) pass through as they are.
--
-- Under READ COMMITTED a VOLATILE PL/pgSQL function takes a new snapshot for every statement it runs. So
-- once the stream row is locked (after waiting for the writer holding it), the id lookup sees everything
-- that writer committed: of two identical appends racing, the second finds the first's events and answers
-- with its result. The same holds when both create the stream: the second's INSERT ... ON CONFLICT waits
-- for the first to end, does nothing, and its SELECT ... FOR UPDATE then sees the committed row.
--
-- `__schema__` is replaced by the quoted schema name.
CREATE FUNCTION __schema__.append_to_stream(
  p_stream_id text,
  p_expected text,
  p_events jsonb,
  p_channel text,
  OUT next_expected_version bigint,
  OUT last_transaction_id xid8,
  OUT last_sequence bigint,
  OUT already_appended boolean
) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_version bigint;
  v_count integer := jsonb_array_length(p_events);
  v_ids uuid[];
  v_found integer;
  v_same_stream boolean;
  v_transactions integer;
  v_found_ids text;
  v_insert_first boolean := p_expected IN ('no_stream', '0');
  v_matches boolean;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION 'append_to_stream: no events to append to %', p_stream_id USING ERRCODE = 'invalid_parameter_value';
  END IF;

  -- 1. Lock the stream's row, creating it at version 0 if new: writers of one stream queue here. A new
  --    stream is tried with INSERT first when the append expects none. If another writer is creating the
  --    row, the INSERT waits for it and then does nothing, and the SELECT (new snapshot) locks that row;
  --    if the other writer rolled back, the next round inserts.
  FOR attempt IN 1..3 LOOP
    IF v_insert_first THEN
      INSERT INTO __schema__.streams (stream_id, version) VALUES (p_stream_id, 0)
        ON CONFLICT (stream_id) DO NOTHING
        RETURNING version INTO v_version;
      EXIT WHEN FOUND;
    END IF;
    SELECT s.version INTO v_version FROM __schema__.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    EXIT WHEN FOUND;
    v_insert_first := true;
  END LOOP;
  IF v_version IS NULL THEN
    RAISE EXCEPTION 'Stream %: could not lock its row', p_stream_id;
  END IF;

  -- 2. A retried command? Every id already in this stream, written by one earlier append: answer with that
  --    append's result, write nothing. Checked before the expected version. Ids stored any other way refuse.
  SELECT array_agg((e->>'eventId')::uuid) INTO v_ids FROM jsonb_array_elements(p_events) AS b(e);
  SELECT count(*)::integer,
         coalesce(bool_and(ev.stream_id = p_stream_id), true),
         count(DISTINCT ev.transaction_id)::integer,
         string_agg(ev.event_id::text, ',' ORDER BY ev.sequence),
         (array_agg(ev.stream_version ORDER BY ev.sequence DESC))[1],
         (array_agg(ev.transaction_id ORDER BY ev.sequence DESC))[1],
         max(ev.sequence)
    INTO v_found, v_same_stream, v_transactions, v_found_ids, next_expected_version, last_transaction_id, last_sequence
    FROM __schema__.events ev
   WHERE ev.event_id = ANY (v_ids);
  IF v_found > 0 THEN
    IF v_found = v_count AND v_same_stream AND v_transactions = 1 THEN
      already_appended := true;
      RETURN;
    END IF;
    RAISE EXCEPTION 'Stream %: event ids already stored by a different append: %', p_stream_id, v_found_ids
      USING ERRCODE = 'OD002', DETAIL = v_found_ids;
  END IF;

  -- 3. The expected version. (An assignment: IF would take the CASE's first THEN for its own.)
  v_matches := CASE p_expected
                 WHEN 'any' THEN true
                 WHEN 'no_stream' THEN v_version = 0
                 WHEN 'stream_exists' THEN v_version > 0
                 ELSE v_version = p_expected::bigint
               END;
  IF NOT v_matches THEN
    RAISE EXCEPTION 'Stream % expected version % but is at %', p_stream_id, p_expected, v_version
      USING ERRCODE = 'OD001', DETAIL = v_version::text;
  END IF;

  -- 4. Insert the batch (identity drawn in ORDER BY order, so sequence follows stream_version), bump the
  --    stream's version, wake subscribers; all in this one transaction.
  WITH appended AS (
    INSERT INTO __schema__.events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
    SELECT (b.e->>'eventId')::uuid, p_stream_id, v_version + b.n, b.e->>'type', (b.e->>'schemaVersion')::integer,
           b.e->'data', b.e->'metadata'
      FROM jsonb_array_elements(p_events) WITH ORDINALITY AS b(e, n)
     ORDER BY b.n
    RETURNING sequence
  )
  SELECT max(a.sequence) INTO last_sequence FROM appended a;
  UPDATE __schema__.streams SET version = v_version + v_count WHERE stream_id = p_stream_id;
  IF p_channel IS NOT NULL THEN
    PERFORM pg_notify(p_channel, '');
  END IF;
  next_expected_version := v_version + v_count;
  last_transaction_id := pg_current_xact_id();
  already_appended := false;
END;
$$;
