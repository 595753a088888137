import Foundation

/// The only place that writes to standard output and standard error.
enum Output {
  /// Writes `text` and a newline to standard output.
  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  /// Writes a JSON value on one line to standard output.
  static func json(_ value: JSONValue) {
    var bytes = value.utf8
    bytes.append(UInt8(ascii: "\n"))
    FileHandle.standardOutput.write(Data(bytes))
  }

  /// Writes a CSV table to standard output, exactly as rendered (its own CRLF line ends).
  static func csv(_ export: CSVExport, _ dialect: CSVWriter.Dialect) {
    FileHandle.standardOutput.write(Data(export.text(dialect).utf8))
  }

  /// `parlindex: warning: …` or `parlindex: error: …` on standard error.
  static func diagnostic(_ level: String, _ message: String) {
    FileHandle.standardError.write(Data("parlindex: \(level): \(message)\n".utf8))
  }

  /// Free text on standard error (usage, progress).
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
