/// French month names and their usual abbreviations ("janv.", "févr.", "sept."), read from a
/// folded word (lower case, no accents).
public enum FrenchMonth {
  static let numbers: [String: Int] = [
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
  ]

  static let abbreviations: Set<String> = [
    "janv", "fevr", "fev", "avr", "juil", "sept", "sep", "oct", "nov", "dec",
  ]

  /// Every month name and abbreviation (folded).
  public static var names: Dictionary<String, Int>.Keys { numbers.keys }

  /// The month number (1–12) of a folded month name or abbreviation.
  public static func number(of word: String) -> Int? { numbers[word] }

  /// Whether the folded word is an abbreviation that may be followed by a dot.
  public static func isAbbreviation(_ word: String) -> Bool { abbreviations.contains(word) }
}
