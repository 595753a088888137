import Foundation
import Testing

@testable import Extraction

/// `QuantityScanner.classify`, which builds no facts for a number it drops, gives what the
/// classification written first gives (kept here as `general`, on `facts(for:)`), on the lines
/// of `ScannerFastPathTests`.
@Suite struct ScannerClassifyTests {
  /// The quantities the scanner reads in `view`, before classification.
  static func raws(_ view: TokenView) -> [RawQuantity] {
    let claimed = [Bool](repeating: false, count: view.count)
    var raws: [RawQuantity] = []
    var index = 0
    while index < view.count {
      guard view.tokens[index].isNumber || view.tokens[index].isNumberWord,
        let number = NumberScanner.number(at: index, in: view)
      else {
        index += 1
        continue
      }
      index = number.end
      if !number.fromWords, QuantityScanner.isExcluded(number, in: view) { continue }
      raws.append(RawQuantityReader.read(number, in: view, claimed: claimed))
      index = max(index, raws[raws.count - 1].end)
    }
    return QuantityScanner.pairRanges(raws, in: view)
  }

  /// The classification as first written: facts built for every quantity, then dropped.
  static func general(_ raws: [RawQuantity], in view: TokenView) -> [Found] {
    typealias Scanner = QuantityScanner
    var found: [Found] = []
    var lastNoun: String?
    for (index, raw) in raws.enumerated() {
      guard !Scanner.isLoneArticle(raw, in: view), !Scanner.isRatio(raw, in: view),
        var facts = Scanner.facts(for: raw, in: view)
      else { continue }
      var end = raw.end
      if facts.type == .amount {
        end = MoneyQualifiers.apply(to: &facts, raw: raw, in: view)
      } else if facts.type == .number {
        if let noun = Scanner.noun(after: raw.end, plural: raw.value >= 2, in: view) {
          facts.type = .count
          facts.noun = view.tokens[noun].text
          end = noun + 1
        } else if index + 1 < raws.count, raws[index + 1].bound == .max, raw.bound == .min,
          let noun = Scanner.noun(after: raws[index + 1].end, plural: true, in: view)
        {
          facts.type = .count
          facts.noun = view.tokens[noun].text
        } else if raw.afterDont, let inherited = lastNoun {
          facts.type = .count
          facts.noun = inherited
          facts.nounInherited = true
        } else if raw.scale == nil || raw.symbolScale {
          continue
        }
      }
      if facts.type == .count, raw.number.isLongBareRun, raw.scale == nil { continue }
      if facts.type == .amount || facts.type == .percent || facts.type == .points {
        facts.kind = ChangeCue.kind(before: raw.first, in: view)
      }
      if facts.type == .count, facts.nounInherited != true { lastNoun = facts.noun }
      found.append(Found(facts: facts, first: raw.first, end: end))
    }
    return found
  }

  static func describe(_ found: [Found]) -> [String] {
    found.map { "\($0.first)-\($0.end) \(String(describing: $0.facts))" }
  }

  @Test func classifyMatchesTheGeneralClassification() {
    var quantities = 0
    for line in ScannerFastPathTests.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      let raws = Self.raws(view)
      quantities += raws.count
      let fast = QuantityScanner.classify(raws, in: view)
      #expect(Self.describe(fast) == Self.describe(Self.general(raws, in: view)), "\(line)")
    }
    #expect(quantities > 300)
  }

  @Test(arguments: [
    "2024", "en 2024, 40 salariés", "12345 postes", "dont 500 environ", "3 millions",
    "300 M€ de crédits", "entre 3 et 5 salariés", "un", "une aide de 2 M€",
  ])
  func classifyMatchesOnExpressions(line: String) {
    let view = TokenView(tokens: Lexer.tokens(in: line))
    let raws = Self.raws(view)
    #expect(
      Self.describe(QuantityScanner.classify(raws, in: view))
        == Self.describe(Self.general(raws, in: view)))
  }
}
