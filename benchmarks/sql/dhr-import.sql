-- marac dhr import R1 {CSV}: the floor is the sqlite3 shell loading the same file into a bare table.
.import --csv {CSV} dhr_import
