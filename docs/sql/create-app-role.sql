-- The role the app connects as (DATABASE_URL) beside the owner that runs migrations
-- (MIGRATION_DATABASE_URL). Run once as a superuser or the owner; change the password. The migrations
-- grant the role its rights (packages/db/src/migrate.ts, appRoleGrants) at every start.
CREATE ROLE zhicheng_app LOGIN PASSWORD 'zhicheng_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
