import FrenchText

/// Dates written for a French reader: "4 février 2025", "1er juin 2024".
enum FrenchDateFormat {
  static let months = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
  ]

  static func long(_ date: CalendarDate) -> String {
    let day = date.day == 1 ? "1er" : String(date.day)
    let month = (1...12).contains(date.month) ? months[date.month - 1] : String(date.month)
    return "\(day) \(month) \(date.year)"
  }
}
