import Foundation

/// A CSV writer after RFC 4180: a header row, then one record per line, CRLF line ends, a field
/// quoted when it holds the separator, a double quote, CR or LF, and quotes inside doubled.
///
/// `excel` is the dialect French spreadsheet software opens directly (Excel for a French
/// locale, LibreOffice): a UTF-8 byte-order mark so accents are read as UTF-8, `;` as the
/// separator, and decimal numbers written with a decimal comma ("0,5"), since a French
/// spreadsheet reads "0.5" as text. The plain dialect writes numbers with a dot.
struct CSVWriter: Sendable {
  /// The two dialects: RFC 4180 (`,`, decimal dot) or French Excel (BOM, `;`, decimal comma).
  enum Dialect: Sendable, Equatable {
    case rfc4180
    case excel
  }

  var dialect: Dialect

  init(_ dialect: Dialect = .rfc4180) { self.dialect = dialect }

  /// The byte-order mark written first in the Excel dialect.
  static let byteOrderMark = "\u{FEFF}"

  var separator: Character { dialect == .excel ? ";" : "," }

  /// The whole table: the BOM (Excel dialect), the header, then every row, each ended by CRLF.
  func table(header: [String], rows: [[String]]) -> String {
    var text = dialect == .excel ? Self.byteOrderMark : ""
    text += record(header)
    for row in rows { text += record(row) }
    return text
  }

  /// One record: its fields, separated and quoted as needed, ended by CRLF.
  func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(separator)) + "\r\n"
  }

  /// One field, quoted when it holds the separator, a double quote, CR or LF.
  func field(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains {
      $0 == "\"" || $0 == "\r" || $0 == "\n" || Character($0) == separator
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A decimal number as this dialect's spreadsheet reads it: "0.5", or "0,5" for Excel.
  func number(_ value: Decimal) -> String { localized("\(value)") }

  /// A floating-point number, at most `decimals` decimals, no trailing zeros.
  func number(_ value: Double, decimals: Int = 3) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return number(Decimal((value * scale).rounded()) / Decimal(scale))
  }

  /// An optional number; empty when absent.
  func number(_ value: Decimal?) -> String { value.map { number($0) } ?? "" }

  private func localized(_ plain: String) -> String {
    dialect == .excel ? plain.replacingOccurrences(of: ".", with: ",") : plain
  }
}
