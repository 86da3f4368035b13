-- Migration 003: the events table is append-only. Facts are corrected by new facts, never by editing old
-- ones; a stray UPDATE, DELETE or TRUNCATE fails instead of silently rewriting history that projections,
-- agencies and the relay have already read. (An operator who must erase, e.g. by court order, disables the
-- trigger explicitly, which leaves a trace in the DDL log.)
-- `__schema__` is replaced by the quoted schema name.
CREATE FUNCTION __schema__.forbid_event_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only: % is not allowed on %.%', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON __schema__.events
  FOR EACH STATEMENT EXECUTE FUNCTION __schema__.forbid_event_changes();
