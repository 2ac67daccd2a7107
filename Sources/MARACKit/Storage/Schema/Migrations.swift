/// The schema of the workbench, as an ordered list of immutable steps.
///
/// A shipped step is never edited: append a new one. `Tests/MARACKitTests/Fixtures/schema.sql`
/// holds the schema these steps produce, so an edited step shows up as a test failure.
public enum Migrations {
    /// Every step, oldest first.
    public static let all: [Migration] = []
}
