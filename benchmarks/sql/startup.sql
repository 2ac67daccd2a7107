-- marac version: the floor is the sqlite3 shell starting, running one query and exiting.
SELECT 1;
