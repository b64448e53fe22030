-- Members of a household who arrive after a partial check-in join the household's stay: the stay's
-- members grow (the capacity trigger fires on that update too) and the history records it.
ALTER TABLE reception_stay_event DROP CONSTRAINT reception_stay_event_type_check;
ALTER TABLE reception_stay_event ADD CONSTRAINT reception_stay_event_type_check
    CHECK (type IN ('CHECKED_IN', 'CHECKED_OUT', 'TRANSFERRED_OUT', 'TRANSFERRED_IN', 'MEMBERS_JOINED'));
