-- A new agency is announced too: an instance that cached its code as unknown (a request signed
-- before the agency existed) must look it up again.
CREATE FUNCTION daakey_notify_agency_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('daakey_changes', 'agency:' || NEW.code);
  RETURN NULL;
END $$;
CREATE TRIGGER agencies_created AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION daakey_notify_agency_created();
