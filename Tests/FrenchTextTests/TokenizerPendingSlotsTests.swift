import Testing

@testable import FrenchText

/// Plain words' slots wait in a buffer of `Tokenizer.pendingSlotCapacity` slots, appended when
/// full, before a group of the general path, and at the end: runs of plain words of every
/// length around the capacity, then a group, give the tokens of the general path alone.
struct TokenizerPendingSlotsTests {
  static let capacity = Tokenizer.pendingSlotCapacity

  @Test(arguments: [1, capacity - 1, capacity, capacity + 1, 2 * capacity, 2 * capacity + 1])
  func runsAroundTheCapacity(words: Int) {
    let run = (0..<words).map { ["les", "crédits", "l’État", "hôpitaux", "2024"][$0 % 5] }
    for tail in ["", " médico-sociaux", " L. 314-6 fin", " 1 200 000 et 4,5"] {
      let text = run.joined(separator: " ") + tail
      #expect(TokenizerFastPathTests.same(text), "\(words) \(tail)")
      let tokens = FrenchAnalyzer().tokens(in: text)
      #expect(tokens.prefix(words).map(\.position) == Array(0..<words))
    }
  }

  /// Groups between runs, so that the pending slots are appended at many points.
  @Test func groupsBetweenRuns() {
    var text = ""
    for round in 0..<(3 * Self.capacity) {
      text += String(repeating: "mot ", count: round % (Self.capacity + 3))
      text += round % 2 == 0 ? "Île-de-France " : "n° 2021-1234 "
    }
    #expect(TokenizerFastPathTests.same(text))
  }
}
