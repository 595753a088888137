import Foundation

/// The message for an option value outside its list: what was given, what is valid, and the
/// closest valid value ("--chamber expects an or senat, got 'senta'; did you mean senat?").
enum ValueAdvice {
  static func message(flag: String, got value: String, valid: [String]) -> String {
    let choices = valid.dropLast().joined(separator: ", ") + " or " + (valid.last ?? "")
    let base = "\(flag) expects \(choices), got '\(value)'"
    let folded = value.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    let candidates = valid + aliases.filter { valid.contains($0.value) }.map(\.key)
    guard let closest = Suggestion.closest(to: folded, among: candidates) else {
      return "\(base); write e.g. \(flag) \(valid[0])"
    }
    return "\(base); did you mean \(flag) \(aliases[closest] ?? closest)?"
  }

  /// Longer spellings a person may type for a valid value.
  static let aliases: [String: String] = [
    "assemblee": "an", "assemblee nationale": "an", "senat": "senat", "questions": "question",
    "annonce": "announcement", "communique": "announcement",
  ]
}
