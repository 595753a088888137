/// The one French analyzer used at index time and at query time.
///
/// PLACEHOLDER implementation (lower-casing only); the FrenchText work replaces it with the full
/// chain: typography normalisation, elision, case/accent/ligature folding, light plural folding.
public struct FrenchAnalyzer: Sendable {
  public init() {}

  /// The tokens of `text`, with positions and UTF-8 ranges in `text`.
  public func tokens(in text: String) -> [Token] {
    var result: [Token] = []
    var start: Int? = nil
    var offset = 0
    var current = ""
    for scalar in text.unicodeScalars {
      let width = String(scalar).utf8.count
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if start == nil { start = offset }
        current.unicodeScalars.append(scalar)
      } else if let s = start {
        result.append(Token(term: current.lowercased(), position: result.count, range: s..<offset))
        start = nil
        current = ""
      }
      offset += width
    }
    if let s = start {
      result.append(Token(term: current.lowercased(), position: result.count, range: s..<offset))
    }
    return result
  }

  /// The folded terms of `text`, in order.
  public func terms(in text: String) -> [String] { tokens(in: text).map(\.term) }
}
