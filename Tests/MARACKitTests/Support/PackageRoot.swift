import Foundation

/// Paths inside the package, found from this file's location so tests run from anywhere.
enum PackageRoot {
    /// The package root directory.
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shipped `Policies/` directory.
    static var policies: String { path + "/Policies" }
}
