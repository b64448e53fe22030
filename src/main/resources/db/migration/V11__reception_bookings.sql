-- Accepting an allocation books places for a household before it arrives. A booking is a stay that
-- has not begun: it holds its places like any open stay (the occupancy function and the capacity
-- trigger count every stay not ended), but shelters nobody until the household arrives and is
-- checked in, which sets arrived_at. A booking nobody arrives for is released: it ends as
-- NOT_ARRIVED and frees its places.
ALTER TABLE reception_stay ADD COLUMN arrived_at timestamptz;
ALTER TABLE reception_stay ADD COLUMN expected_by date;
UPDATE reception_stay SET arrived_at = started_at;

ALTER TABLE reception_stay DROP CONSTRAINT reception_stay_end_outcome_check;
ALTER TABLE reception_stay ADD CONSTRAINT reception_stay_end_outcome_check
    CHECK (end_outcome IN ('RETURNED_HOME', 'OTHER_ACCOMMODATION', 'LEFT_WITHOUT_NOTICE', 'OTHER', 'TRANSFERRED',
                           'NOT_ARRIVED'));
-- Only a booking ends without arriving, and it ends no other way.
ALTER TABLE reception_stay ADD CONSTRAINT stay_booking_ends_not_arrived
    CHECK ((end_outcome = 'NOT_ARRIVED') = (arrived_at IS NULL AND ended_at IS NOT NULL));
CREATE INDEX reception_open_bookings_by_centre ON reception_stay (centre_code, expected_by)
    WHERE ended_at IS NULL AND arrived_at IS NULL;

ALTER TABLE reception_stay_event DROP CONSTRAINT reception_stay_event_type_check;
ALTER TABLE reception_stay_event ADD CONSTRAINT reception_stay_event_type_check
    CHECK (type IN ('CHECKED_IN', 'CHECKED_OUT', 'TRANSFERRED_OUT', 'TRANSFERRED_IN', 'MEMBERS_JOINED', 'BOOKED',
                    'ARRIVED', 'BOOKING_RELEASED'));
