/// One element of a policy file, read into plain Swift values: name, attributes, children,
/// text and the line it starts on (for error messages).
///
/// `PolicyLoader` builds the tree with libxml2; everything else reads it without C.
struct PolicyNode: Equatable, Sendable {
    /// The element's local name, such as `tag`.
    var name: String
    /// The element's attributes by name.
    var attributes: [String: String]
    /// Child elements in document order.
    var children: [PolicyNode]
    /// The element's own text (text and CDATA children joined), untrimmed.
    var text: String
    /// The line the element starts on.
    var line: Int

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? { attributes[name] }

    /// Child elements called `name`, in order.
    func children(named name: String) -> [PolicyNode] { children.filter { $0.name == name } }

    /// The first child element called `name`.
    func child(named name: String) -> PolicyNode? { children.first { $0.name == name } }

    /// Whether a child element called `name` is present (a flag such as `<adult-at-risk-test/>`).
    func has(_ name: String) -> Bool { children.contains { $0.name == name } }

    /// The text with leading and trailing white space removed and inner runs collapsed.
    var trimmedText: String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// The trimmed text of child `name`, if present.
    func childText(_ name: String) -> String? { child(named: name)?.trimmedText }
}

/// Reads required values from a `PolicyNode`, turning gaps into `PolicyError`s with the line.
///
/// The schema already requires these; the reader guards against a schema edited out of step.
struct PolicyReader: Sendable {
    /// The file name used in errors.
    var file: String

    /// The attribute `name` of `node`, or an error naming it.
    func attribute(_ name: String, of node: PolicyNode) throws(PolicyError) -> String {
        guard let value = node.attribute(name) else {
            throw error(node, .invalidValue("<\(node.name)> has no \(name) attribute"))
        }
        return value
    }

    /// The attribute `name` of `node` as a whole number.
    func integer(_ name: String, of node: PolicyNode) throws(PolicyError) -> Int {
        let text = try attribute(name, of: node)
        guard let value = Int(text) else {
            throw error(node, .invalidValue("\(name) \"\(text)\" is not a whole number"))
        }
        return value
    }

    /// The optional attribute `name` of `node` as a `Day`.
    func day(_ name: String, of node: PolicyNode) throws(PolicyError) -> Day? {
        guard let text = node.attribute(name) else { return nil }
        do {
            return try Day(parsing: text)
        } catch {
            throw self.error(node, .invalidValue("\(name) \"\(text)\" \(error.expectation)"))
        }
    }

    /// The attribute `name` of `node` as a value of a string-backed enum.
    func value<T: RawRepresentable>(_ name: String, of node: PolicyNode) throws(PolicyError) -> T
    where T.RawValue == String {
        let text = try attribute(name, of: node)
        guard let value = T(rawValue: text) else {
            throw error(node, .invalidValue("\(name) \"\(text)\" is not allowed"))
        }
        return value
    }

    /// An error at `node`'s line.
    func error(_ node: PolicyNode, _ reason: PolicyError.Reason) -> PolicyError {
        PolicyError(file: file, line: node.line, reason: reason)
    }

    /// Refuses the first repeated key among `nodes`, naming the line of the repeat.
    func requireUnique(_ nodes: [PolicyNode], key: (PolicyNode) -> String?) throws(PolicyError) {
        var seen: Set<String> = []
        for node in nodes {
            guard let value = key(node) else { continue }
            if !seen.insert(value).inserted { throw error(node, .duplicateID(value)) }
        }
    }
}
