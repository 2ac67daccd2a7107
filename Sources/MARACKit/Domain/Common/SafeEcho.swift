extension String {
    /// The text quoted for an error message when it cannot be personal data (a short run of
    /// digits and date punctuation); otherwise a phrase saying it is not shown.
    ///
    /// A CSV file with a shifted column puts names where dates and numbers belong, and error
    /// messages end up in terminals, scripts' logs and tickets: they must not carry names.
    public var echoedSafely: String {
        let harmless =
            count <= 16 && allSatisfy { $0.isASCII && ($0.isNumber || "-/.:+ ".contains($0)) }
        return harmless ? "\"\(self)\"" : "text that is not shown (it may be personal data)"
    }
}

extension String {
    /// The text quoted when it has the shape of a code or reference (`POL`, `C-000042`: ASCII
    /// capitals, digits and hyphens), otherwise a phrase saying it is not shown: a name typed
    /// or imported where a code belongs must not come back in an error.
    public var echoedAsCode: String {
        let shaped =
            (1...20).contains(count)
            && unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        return shaped ? "\"\(self)\"" : "(a value not shown: it is not shaped like a code)"
    }
}

extension String {
    /// Whether the text has the shape of something typed in place of an option's value (a
    /// code, a number, a date, or a lower-case word such as a status), so an error may repeat
    /// it; a name typed there must not come back.
    public var isSafeToEcho: Bool {
        let lowerWord =
            (1...30).contains(count)
            && unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" || $0 == "_" }
        return lowerWord || echoedAsCode.hasPrefix("\"") || echoedSafely.hasPrefix("\"")
    }

    /// The text itself when it is safe to repeat in an error, else a phrase saying it is not.
    public var echoedAsValue: String {
        isSafeToEcho ? self : "a value not shown (it may be personal data)"
    }
}

extension String {
    /// The text quoted when it has the shape of a policy identifier (a lawful-basis tag such as
    /// `UKGDPR-9-2-g`, a preset such as `police-part3`, a category such as `health`); otherwise
    /// a phrase saying it is not shown.
    public var echoedAsIdentifier: String {
        let allowed =
            (1...40).contains(count)
            && unicodeScalars.allSatisfy {
                $0.isASCII
                    && (("a"..."z").contains($0) || ("A"..."Z").contains($0)
                        || ("0"..."9").contains($0) || "-_:".unicodeScalars.contains($0))
            }
        let shaped = allowed && (contains { $0.isNumber || $0 == "-" } || lowercased() == self)
        return shaped ? "\"\(self)\"" : "(a value not shown: it is not shaped like an identifier)"
    }
}

extension String {
    /// Whether the text has the shape of a file path that names no one.
    ///
    /// Lower-case ASCII letters, digits and `/._-~+` only (`./marac.sqlite`,
    /// `/srv/marac/area-3.sqlite`). A path with capitals or spaces (`/tmp/Jane Doe.csv`) may
    /// carry a name and is not repeated.
    public var isSafeToEchoAsPath: Bool {
        (1...255).contains(utf8.count)
            && unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0)
                    || "/._-~+".unicodeScalars.contains($0)
            }
    }
}
