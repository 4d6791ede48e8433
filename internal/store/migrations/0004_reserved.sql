-- Leadbridge schema, version 4: held for a change that comes with its own file.
SELECT 1;
