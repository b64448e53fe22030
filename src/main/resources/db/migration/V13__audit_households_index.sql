-- Entries that list people (searches, centre boards, exports) name the households they showed in
-- details -> 'households'; this index lets "who looked at this household" find them too.
CREATE INDEX audit_event_households ON audit_event USING gin ((details -> 'households'));
