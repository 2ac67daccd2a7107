import MARACKit

print(try Day(parsing: "2026-11-25"))
