import Extraction
import Foundation

/// Decides what kind of event a dated mention reports, from cue words close to it.
enum EventClassifier {
  /// Folded words that reveal the event around a date, in order of precedence; a trailing `*`
  /// matches every word starting so.
  static let cues: [(EventKind, [String])] = [
    (.approval, ["agree*", "agrem*"]),
    (.planned, ["prevu*", "attendu*", "sera", "seront", "devra", "devront", "doit", "doivent"]),
    (.extension, ["extension*", "etend*"]),
    (.agreement, ["conclu*", "signe", "signes", "signee", "signees", "signature*"]),
    (.announcement, ["annonc*", "acte", "decid*"]),
  ]

  /// The kind of a reference that carries its own date.
  static func kind(ofReference facts: MentionFacts, window: [String]) -> EventKind {
    switch facts.kind {
    case "agreement", "collective-agreement":
      return .agreement
    case "order", "decree", "circular":
      if has(.approval, in: window) { return .approval }
      if has(.extension, in: window) { return .extension }
      return .instrument
    case "event", "mission":
      return .event
    default:
      return .instrument
    }
  }

  /// The kind of a date mention, `funding` when a funding relation of its sentence is timed by it.
  static func kind(ofDate facts: MentionFacts, window: [String], funded: Bool) -> EventKind {
    if funded { return .funding }
    for (kind, _) in cues where has(kind, in: window) {
      return kind == .approval ? .extension : kind
    }
    if facts.relation != nil { return .effective }
    return .dated
  }

  static func has(_ kind: EventKind, in window: [String]) -> Bool {
    guard let stems = cues.first(where: { $0.0 == kind })?.1 else { return false }
    return window.contains { word in
      stems.contains { $0.hasSuffix("*") ? word.hasPrefix($0.dropLast()) : word == $0 }
    }
  }

  /// The folded words within `radius` characters of `range` (UTF-8 offsets) in `sentence`.
  static func window(_ sentence: String, around range: Range<Int>, radius: Int = 70) -> [String] {
    let bytes = Array(sentence.utf8)
    var lower = max(0, range.lowerBound - radius)
    var upper = min(bytes.count, range.upperBound + radius)
    while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
    let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
    return words(text)
  }

  /// Lowercased, accent-free words of `text`.
  static func words(_ text: String) -> [String] {
    let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
