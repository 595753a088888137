import FrenchText

/// A date at its own precision, as `cli.md` writes it (`2024-06-04`, `2025-06`, `2025`,
/// `2025-Q1`, `2025-H2`, `2022-SU`), ordered for a timeline.
///
/// Ordering: by the first day of the period, then the coarser precision first. So `2025-06`
/// sorts before `2025-06-01`, `2025` before `2025-01-01`, and a period never sorts inside its
/// own days; "fin 2024" sorts from September 2024 (see `mod`). A date with an unknown year
/// (`XXXX-06-04`) cannot be placed and is not an `EventDate`.
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The precision of a date, finest last.
  public enum Precision: Int, Sendable, Hashable, Comparable {
    case year, half, quarter, season, month, day

    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The ISO text exactly as given.
  public var iso: String
  public var precision: Precision
  public var year: Int
  /// First month of the period (1 for a year).
  public var month: Int
  /// Day of a day-precise date; the period's first day otherwise.
  public var day: Int

  /// Reads an ISO date at its precision; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    iso = text
    self.year = year
    day = 1
    switch parts.count {
    case 1:
      precision = .year
      month = 1
    case 2:
      guard let (precision, month) = Self.period(parts[1]) else { return nil }
      self.precision = precision
      self.month = month
    case 3:
      guard let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]),
        (1...31).contains(day)
      else { return nil }
      precision = .day
      self.month = month
      self.day = day
    default:
      return nil
    }
  }

  /// A day-precise date.
  public init(_ date: CalendarDate) {
    iso = date.iso
    precision = .day
    year = date.year
    month = date.month
    day = date.day
  }

  static func period(_ text: String) -> (Precision, Int)? {
    if let month = Int(text), (1...12).contains(month), text.count == 2 { return (.month, month) }
    switch text {
    case "Q1": return (.quarter, 1)
    case "Q2": return (.quarter, 4)
    case "Q3": return (.quarter, 7)
    case "Q4": return (.quarter, 10)
    case "H1": return (.half, 1)
    case "H2": return (.half, 7)
    case "SP": return (.season, 3)
    case "SU": return (.season, 6)
    case "FA": return (.season, 9)
    case "WI": return (.season, 12)
    default: return nil
    }
  }

  /// A fuzzy part ("début", "fin") that moves the sort position inside the period: the thirds
  /// of `french-expressions.md` (a year's middle from May, its end from September; a month's
  /// middle from the 11th, its end from the 21st).
  public var mod: String?

  /// The date with a fuzzy part (`start`, `mid`, `end`, `approx`).
  public init?(_ text: String, mod: String?) {
    self.init(text)
    self.mod = mod
  }

  /// The day count of the period's first day, for distances between day-precise dates.
  public var ordinal: Int { (year * 12 + month - 1) * 31 + day - 1 }

  /// Where the date sorts: its first day, moved by `mod`.
  var sortOrdinal: Int {
    switch (precision, mod) {
    case (.year, "mid"): return ordinal + 4 * 31
    case (.year, "end"): return ordinal + 8 * 31
    case (.month, "mid"): return ordinal + 10
    case (.month, "end"): return ordinal + 20
    default: return ordinal
    }
  }

  public var description: String { iso }

  public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
    if lhs.sortOrdinal != rhs.sortOrdinal { return lhs.sortOrdinal < rhs.sortOrdinal }
    if lhs.precision != rhs.precision { return lhs.precision < rhs.precision }
    return lhs.iso < rhs.iso
  }
}
