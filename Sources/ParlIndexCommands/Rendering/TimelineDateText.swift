import Answers
import Extraction
import FrenchText

/// Dates at their own precision for a French reader: "4 juin 2024", "juin 2025", "été 2022",
/// "1er trimestre 2025", "début 2025".
enum TimelineDateText {
  static func french(_ date: EventDate, mod: DateMod? = nil) -> String {
    let months = FrenchDateFormat.months
    var text: String
    switch date.precision {
    case .day:
      text = FrenchDateFormat.long(CalendarDate(year: date.year, month: date.month, day: date.day))
    case .month: text = "\(months[date.month - 1]) \(date.year)"
    case .year: text = String(date.year)
    case .quarter: text = "\(ordinal((date.month - 1) / 3 + 1)) trimestre \(date.year)"
    case .half: text = "\(ordinal((date.month - 1) / 6 + 1)) semestre \(date.year)"
    case .season: text = "\(seasons[date.month] ?? "saison") \(date.year)"
    }
    switch mod {
    case .start?: text = "début " + text
    case .mid?: text = "mi-" + text
    case .end?: text = "fin " + text
    case .approx?: text = "vers " + text
    case nil: break
    }
    return text
  }

  /// "dès juin 2025", "depuis l'été 2022": the date with its relation.
  static func french(_ date: EventDate, mod: DateMod?, relation: DateRelation?) -> String {
    let text = french(date, mod: mod)
    switch relation {
    case .from?: return "dès " + text
    case .since?: return "depuis " + text
    case .until?: return "jusqu'à " + text
    case .before?: return "avant " + text
    case .after?: return "après " + text
    case nil: return text
    }
  }

  static let seasons = [3: "printemps", 6: "été", 9: "automne", 12: "hiver"]

  static func ordinal(_ number: Int) -> String { number == 1 ? "1er" : "\(number)e" }

  static func precisionName(_ precision: EventDate.Precision) -> String {
    switch precision {
    case .day: "day"
    case .month: "month"
    case .quarter: "quarter"
    case .half: "half-year"
    case .season: "season"
    case .year: "year"
    }
  }
}
