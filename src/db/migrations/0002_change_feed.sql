-- Change feed: committed changes that in-process caches depend on are announced with NOTIFY,
-- so every instance drops its cached copy (delivered only after the transaction commits).
-- Payload: "<kind>:<key>" with kind token (client_tokens.id), client (clients.id), agency (agencies.code).

CREATE FUNCTION daakey_notify_token_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('daakey_changes', 'token:' || OLD.id);
  RETURN OLD;
END $$;
CREATE TRIGGER client_tokens_gone AFTER DELETE ON client_tokens
  FOR EACH ROW EXECUTE FUNCTION daakey_notify_token_gone();

CREATE FUNCTION daakey_notify_client_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('daakey_changes', 'client:' || OLD.id);
  RETURN NULL;
END $$;
CREATE TRIGGER clients_changed AFTER UPDATE OR DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION daakey_notify_client_changed();

CREATE FUNCTION daakey_notify_agency_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('daakey_changes', 'agency:' || OLD.code);
  RETURN NULL;
END $$;
CREATE TRIGGER agencies_changed AFTER UPDATE OR DELETE ON agencies
  FOR EACH ROW EXECUTE FUNCTION daakey_notify_agency_changed();
