-- A fifth working role: the documentation case worker, who follows civil-documentation cases.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('REGISTRATION_OFFICER', 'RECEPTION_MANAGER',
    'COORDINATOR', 'ANALYST', 'ADMIN', 'DOCUMENTATION_CASE_WORKER'));
