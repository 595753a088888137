import FrenchText
import Testing

@testable import Extraction

/// The thirteenth session's kept result arrays (`ScanScratch.takeFound`, `prepare`,
/// `give(found:)`): an array given back comes out again empty, with its capacity; no more than
/// `spareLimit` are kept; and the mentions of a sentence do not depend on what the thread
/// scanned before it (no item of an earlier sentence left in a kept array).
@Suite struct ScanFoundPoolTests {
  static var lines: [String] {
    FastPathKeyTests.allLines + ScannerFastPathTests.expressions + ScanGateTests.randomLines
  }

  /// Takes every kept array of the calling thread's scratch, leaving none.
  static func drain(_ scratch: ScanScratch) {
    while scratch.takeFound().capacity > 0 {}
  }

  static func item(_ first: Int) -> Found {
    Found(
      facts: MentionFacts(type: .count, text: "\(first) salariés"), first: first, end: first + 1)
  }

  @Test func keptArraysComeBackEmptyWithTheirCapacity() {
    let scratch = ScanScratch.current
    Self.drain(scratch)
    var found: [Found] = []
    ScanScratch.prepare(&found)
    #expect(found.capacity == 0)
    for first in 0..<40 { found.append(Self.item(first)) }
    let capacity = found.capacity
    scratch.give(found: found)
    var again: [Found] = []
    ScanScratch.prepare(&again)
    #expect(again.isEmpty)
    #expect(again.capacity == capacity)
    // An array that already has a buffer is kept as it is.
    again.append(Self.item(1))
    ScanScratch.prepare(&again)
    #expect(again.count == 1)
    scratch.give(found: again)
    Self.drain(scratch)
  }

  @Test func arraysWithoutBufferOrPastTheLimitAreDropped() {
    let scratch = ScanScratch.current
    Self.drain(scratch)
    scratch.give(found: [])
    #expect(scratch.takeFound().capacity == 0)
    for first in 0..<(ScanScratch.spareLimit + 5) { scratch.give(found: [Self.item(first)]) }
    var kept = 0
    while true {
      let taken = scratch.takeFound()
      guard taken.capacity > 0 else { break }
      #expect(taken.isEmpty)
      kept += 1
    }
    #expect(kept == ScanScratch.spareLimit)
  }

  /// Each line's mentions, scanned after every other line in two orders and with no kept
  /// array at all, are the same.
  @Test func mentionsDoNotDependOnTheSentencesBefore() {
    let extractor = MentionExtractor()
    let lines = Self.lines
    func mentions(_ line: String) -> [TextMention] {
      extractor.mentions(in: line, documentDate: CalendarDate(year: 2025, month: 3, day: 11))
    }
    let forward = lines.map(mentions)
    let backward = Array(lines.reversed().map(mentions).reversed())
    var found = 0
    for index in lines.indices {
      Self.drain(ScanScratch.current)
      let alone = mentions(lines[index])
      found += alone.count
      #expect(forward[index] == alone, "\(lines[index])")
      #expect(backward[index] == alone, "\(lines[index])")
    }
    #expect(found > 100)
  }
}
