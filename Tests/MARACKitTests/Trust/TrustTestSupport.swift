import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// The tests' seeded generator: the library's xorshift64*, so fuzz and kill tests repeat.
typealias XorShift = SyntheticRandom

/// Seconds on the monotonic clock, for time limits in tests.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
