/// A problem met while reading the corpus: the build reports it and goes on.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable {
    case warning
    case error
  }

  public var severity: Severity
  /// The file's path as given.
  public var file: String
  /// 1-based line, when the problem has one.
  public var line: Int?
  public var message: String

  public init(severity: Severity = .warning, file: String, line: Int? = nil, message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  /// `corpus/x.txt:12: message`, the form the CLI prints after `parlindex: warning: `.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
