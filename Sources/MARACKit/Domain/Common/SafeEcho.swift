extension String {
    /// The text quoted for an error message when it cannot be personal data (a short run of
    /// digits and date punctuation); otherwise a phrase saying it is not shown.
    ///
    /// A CSV file with a shifted column puts names where dates and numbers belong, and error
    /// messages end up in terminals, scripts' logs and tickets: they must not carry names.
    var echoedSafely: String {
        let harmless =
            count <= 16 && allSatisfy { $0.isASCII && ($0.isNumber || "-/.:+ ".contains($0)) }
        return harmless ? "\"\(self)\"" : "text that is not shown (it may be personal data)"
    }
}

extension String {
    /// The text quoted when it has the shape of a code or reference (`POL`, `C-000042`: ASCII
    /// capitals, digits and hyphens), otherwise a phrase saying it is not shown: a name typed
    /// or imported where a code belongs must not come back in an error.
    var echoedAsCode: String {
        let shaped =
            (1...20).contains(count)
            && unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        return shaped ? "\"\(self)\"" : "(a value not shown: it is not shaped like a code)"
    }
}
