import Corpus
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The ninth session's mention extraction gives what the general path gives: the passes'
/// results emitted by merging their reversed groups, the actor readers run only where their
/// start tests hold, the record's funders read through pointers.
@Suite struct MentionEmitTests {
  /// Twenty-four one-letter words: token `index` covers bytes `2 * index ..< 2 * index + 1`.
  static let text = (0..<24).map { String(UnicodeScalar(UInt8(97 + $0 % 26))) }.joined(
    separator: " ")

  /// On random groups (sorted or not, with ties), the mentions come in the order of a stable
  /// sort by span, each with its own text and range, and every group is left empty when all
  /// were sorted.
  @Test func emittedInStableSpanOrder() {
    let view = TokenView(tokens: Lexer.tokens(in: Self.text))
    #expect(view.count == 24)
    var random = FuzzGenerator(seed: 9)
    var merged = 0
    for _ in 0..<400 {
      var groups: [[Found]] = []
      for group in 0..<Int.random(in: 1...5, using: &random) {
        let ascending = Int.random(in: 0..<4, using: &random) > 0
        var items: [Found] = []
        var first = 0
        for item in 0..<Int.random(in: 0...6, using: &random) {
          first =
            ascending
            ? first + Int.random(in: 0...3, using: &random)
            : Int.random(in: 0...12, using: &random)
          let end = first + Int.random(in: 1...3, using: &random)
          var facts = MentionFacts(type: .count, text: "")
          facts.noun = "\(group) \(item)"
          items.append(Found(facts: facts, first: first, end: end))
        }
        groups.append(items)
      }
      let total = groups.reduce(0) { $0 + $1.count }
      let expected = MentionExtractor.order(of: groups, total: total).map {
        groups[$0 >> 32][$0 & 0xFFFF_FFFF]
      }
      let allSorted = groups.allSatisfy { MentionExtractor.isSorted($0) }
      if allSorted { merged += 1 }
      var made: [TextMention] = []
      var text = Self.text
      text.withUTF8 { bytes in
        MentionExtractor.emitAll(
          &groups, view: view, bytes: bytes, into: &made, maker: TextMentionMaker())
      }
      #expect(made.map(\.facts.noun) == expected.map(\.facts.noun))
      #expect(made.map(\.range) == expected.map { (2 * $0.first)..<(2 * $0.end - 1) })
      for mention in made {
        let bytes = Array(Self.text.utf8)[mention.range]
        #expect(mention.facts.text == String(decoding: bytes, as: UTF8.self))
      }
      if allSorted { #expect(groups.allSatisfy { $0.isEmpty }) }
    }
    #expect(merged > 100)
  }

  /// The reversal by moves reverses.
  @Test func reversedByMoves() {
    for count in 0..<7 {
      var items = (0..<count).map {
        Found(facts: MentionFacts(type: .count, text: "\($0)"), first: $0, end: $0 + 1)
      }
      items.withUnsafeMutableBufferPointer { MentionExtractor.reverse($0) }
      #expect(items.map(\.first) == Array((0..<count).reversed()))
      #expect(items.map(\.facts.text) == (0..<count).reversed().map { "\($0)" })
    }
  }

  /// The gated actor readers find, at every token of the test lines, what `person ?? cued`
  /// finds.
  @Test func gatedActorAgreesWithAllReaders() {
    var found = 0
    for line in FastPathKeyTests.allLines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for index in 0..<view.count {
        let gated = ActorScanner.gatedActor(at: index, in: view)
        let general =
          ActorScanner.person(at: index, in: view) ?? ActorScanner.cued(at: index, in: view)
        #expect(gated?.facts == general?.facts, "\(line) @\(index)")
        #expect(gated?.first == general?.first && gated?.end == general?.end, "\(line)")
        if gated != nil { found += 1 }
      }
    }
    #expect(found > 20)
  }

  /// The funders read through pointers are those of the mentions' facts.
  @Test func fundersReadInPlace() {
    var all: [Mention] = []
    var context = DiscourseContext()
    var funders = ["stale"]
    var named = 0
    for (number, line) in FastPathKeyTests.allLines.enumerated() {
      let sentence = PlumbingTests.sentence(line, number + 1)
      let start = all.count
      _ = MentionExtractor().extractLexed(
        sentence, documentDate: PlumbingTests.date, context: &context, inQuestion: false,
        into: &all)
      RecordExtractor.funders(in: all, from: start, into: &funders)
      #expect(funders == FundingAnaphora.funders(in: all[start...].map(\.facts)), "\(line)")
      named += funders.count
    }
    #expect(named > 10)
  }

  /// The funder of each actor kind, by string comparison, is the table's; other kinds have
  /// none.
  @Test func funderOfKindAgreesWithTable() {
    for (kind, funder) in FundingAnaphora.funderOfActorKind {
      #expect(FundingAnaphora.funder(ofKind: kind) == funder)
    }
    for kind in ["person", "ministry", "association", "municipality", "State", ""] {
      #expect(FundingAnaphora.funder(ofKind: kind) == nil)
    }
  }
}
