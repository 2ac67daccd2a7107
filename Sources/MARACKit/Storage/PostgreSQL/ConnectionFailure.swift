/// Why a PostgreSQL server could not be reached or refused the connection, as one sentence.
///
/// libpq's own messages span several lines and quote socket paths, host and role names; the
/// tool prints only the sentence, which says what to check and never repeats what was typed
/// (a URI may hold a password).
public enum ConnectionFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing answers at the address: the server is down or the socket or host is wrong.
    case serverDown
    /// The server needs a password and none was given (no `PGPASSFILE` entry, none in the URI).
    case passwordNeeded
    /// The server refused the password.
    case wrongPassword
    /// TLS was required (`sslmode=require` or stricter) and the server refused or failed it.
    case tlsRefused
    /// The role does not exist, may not log in, or `pg_hba.conf` has no entry for it.
    case roleRefused
    /// The role may log in but not connect to this database (`CONNECT` not granted).
    case databaseRefused
    /// The database named in the URI does not exist on the server.
    case databaseMissing
    /// The connection string itself is malformed.
    case invalidURI
    /// libpq could not allocate a connection.
    case outOfMemory
    /// libpq, the PostgreSQL client library, is not installed (it is loaded on first use).
    case libpqMissing
    /// Anything else, with libpq's first line (never the URI).
    case other(String)

    /// Classifies libpq's `PQerrorMessage` after a failed `PQconnectdb`.
    init(libpqMessage message: String, needsPassword: Bool) {
        let text = message.lowercased()
        func has(_ fragment: String) -> Bool { text.contains(fragment) }
        if has("password authentication failed") {
            self = .wrongPassword
        } else if needsPassword || has("no password supplied") {
            self = .passwordNeeded
        } else if has("ssl") || has("certificate") || has("gssapi") {
            self = .tlsRefused
        } else if has("no pg_hba.conf entry") || has("role") && has("does not exist")
            || has("not permitted to log in") || has("authentication failed")
        {
            self = .roleRefused
        } else if has("permission denied for database") {
            self = .databaseRefused
        } else if has("database") && has("does not exist") {
            self = .databaseMissing
        } else if has("invalid uri") || has("missing \"=\"") || has("invalid connection option")
            || has("invalid percent-encoded") || has("unexpected spaces")
        {
            self = .invalidURI
        } else if has("no such file or directory") || has("connection refused")
            || has("is the server running") || has("could not translate host name")
            || has("timeout expired") || has("network is unreachable")
            || has("the database system is starting up")
            || has("the database system is shutting down")
        {
            self = .serverDown
        } else {
            let first = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            self = .other(ConnectionFailure.withoutQuotes(first))
        }
    }

    /// The library file opened on the first connection.
    static let libpqName = "libpq.so.5"

    /// `text` with anything in double quotes (paths, names) replaced by `…`.
    static func withoutQuotes(_ text: String) -> String {
        var result = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                if !quoted { result += "…" }
                quoted.toggle()
            } else if !quoted {
                result.append(character)
            }
        }
        return result.trimmedOfSpaces()
    }

    public var description: String {
        switch self {
        case .serverDown:
            "cannot reach the database server: it is not running, or the host or socket in --db "
                + "is wrong"
        case .passwordNeeded:
            "the database server asks for a password: put it in ~/.pgpass (or PGPASSFILE) or use "
                + "a role the server lets in without one"
        case .wrongPassword:
            "the database server refused the password for this role"
        case .libpqMissing:
            "cannot connect to a PostgreSQL server: its client library libpq (\(Self.libpqName)) is not "
                + "installed; install the libpq5 package"
        case .tlsRefused:
            "the database server refused the TLS connection that sslmode requires; check the "
                + "server's TLS settings and certificates, or the sslmode in --db"
        case .roleRefused:
            "the database server does not let this role connect (no such login role, or no "
                + "pg_hba.conf entry for it)"
        case .databaseRefused:
            "the database server does not let this role use the database; a coordinator can add "
                + "you with marac user add"
        case .databaseMissing:
            "the database named in --db does not exist on the server; create it with createdb"
        case .invalidURI:
            "--db is not a valid PostgreSQL connection URI (postgresql://[user@][host][/dbname]"
                + "[?param=value&...])"
        case .outOfMemory:
            "out of memory while connecting to the database server"
        case .other(let line):
            "cannot connect to the database server: \(line)"
        }
    }
}

extension String {
    fileprivate func trimmedOfSpaces() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
