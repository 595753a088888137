import Extraction
import Foundation

/// Reads for whom a funding relation is, when the extraction left its recipient empty: the
/// phrase after the trigger introduced by "pour", "en faveur de", "à destination de", "aux";
/// or, for "leur" before the trigger, the payer of an earlier relation in the same sentence
/// ("les départements avanceront…, et l'État leur versera…").
enum FundingBeneficiary {
  static let openers = [
    "en faveur des ", "en faveur de la ", "en faveur du ", "à destination des ", "pour les ",
    "pour le ", "pour la ", "aux ",
  ]
  static let stops: [String] = [
    ",", ";", ".", ":", "(", " ainsi que", " et ", " afin", " pour ", " dans ", " qui ", " sans ",
    " avec ",
  ]

  static func derive(_ relation: FundingRelation, earlierInSentence: [FundingRelation]) -> String? {
    let text = relation.sentence.text.replacingOccurrences(of: "\u{2019}", with: "'")
    guard let trigger = text.range(of: relation.trigger) else { return nil }
    let before = text[..<trigger.lowerBound].suffix(12).lowercased()
    if before.contains(" leur ") || before.hasSuffix("leur "),
      let other = earlierInSentence.last(where: { $0.payer != nil && $0.payer != relation.payer })
    {
      return other.payer
    }
    return phrase(after: text[trigger.upperBound...], payer: relation.payer)
  }

  static func phrase(after text: Substring, payer: String?) -> String? {
    let lowered = text.lowercased()
    let hits = openers.flatMap { opener in
      lowered.ranges(of: opener).map {
        lowered.distance(from: lowered.startIndex, to: $0.upperBound)
      }
    }.sorted()
    for start in hits {
      let tail = String(text.dropFirst(start))
      var end = tail.endIndex
      for stop in stops {
        if let hit = tail.range(of: stop), hit.lowerBound < end { end = hit.lowerBound }
      }
      let phrase = tail[..<end].split(separator: " ").prefix(10).joined(separator: " ")
      guard phrase.count > 2 else { continue }
      if let payer, phrase.lowercased().hasPrefix(payer.lowercased()) { continue }
      return phrase
    }
    return nil
  }
}
