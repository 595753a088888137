import Testing

@testable import ParlIndexCommands

/// The progress line of `index` on a terminal: documents done, rate, and time left.
@Suite struct ProgressLineTests {
  @Test(arguments: [
    (0, 100, 0.0, "0/100 documents"),
    (0, 100, 2.0, "0/100 documents"),
    (50, 100, 2.0, "50/100 documents, 25/s, 2 s left"),
    (1200, 10_000, 3.0, "1200/10000 documents, 400/s, 22 s left"),
    (100, 100, 4.0, "100/100 documents, 25/s, 0 s left"),
    (120, 100, 4.0, "120/100 documents, 30/s, 0 s left"),
  ])
  func saysDoneRateAndTimeLeft(done: Int, total: Int, elapsed: Double, expected: String) {
    #expect(ProgressLine.text(done: done, total: total, elapsed: elapsed) == expected)
  }
}
