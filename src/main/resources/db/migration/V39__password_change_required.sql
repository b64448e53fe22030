-- An administrator who resets a password hands the user a one-time password: the user must choose
-- their own at the next sign-in, before anything else. Existing users are not asked.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
