-- marac case import {CSV}: the floor is the sqlite3 shell loading the same file into a bare table.
.import --csv {CSV} referral_import
