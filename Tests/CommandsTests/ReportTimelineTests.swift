import Answers
import Extraction
import Testing

@testable import ParlIndexCommands

/// The SVG time axis: each date drawn over the days it covers, conflicts marked, marks linked.
@Suite struct ReportTimelineTests {
  @Test(arguments: [
    ("2025-06-04", 1), ("2025-06", 30), ("2024-02", 29), ("2025-Q1", 90), ("2025-H2", 184),
    ("2022-SU", 92), ("2024-WI", 90), ("2025", 365), ("2024", 366),
  ])
  func spanCoversTheTrueInterval(_ iso: String, _ days: Int) throws {
    let span = TimelineSpan(try #require(EventDate(iso)))
    #expect(span.length == days)
    #expect(span.isDay == (days == 1))
  }

  @Test func civilDaysCountFromNineteenSeventy() {
    #expect(TimelineSpan.days(year: 1970, month: 1, day: 1) == 0)
    #expect(TimelineSpan.days(year: 2000, month: 3, day: 1) == 11_017)
    #expect(
      TimelineSpan.days(year: 2024, month: 13, day: 1)
        == TimelineSpan.days(
          year: 2025, month: 1, day: 1))
  }

  @Test(arguments: [
    ("2024", DateMod.start, "2024-01-01", "2024-05-01"),
    ("2024", .mid, "2024-05-01", "2024-09-01"),
    ("2024", .end, "2024-09-01", "2025-01-01"),
    ("2025-06", .end, "2025-06-21", "2025-07-01"),
    ("2025-06", .mid, "2025-06-11", "2025-06-21"),
  ])
  func fuzzyPartsCoverTheirThird(_ iso: String, _ mod: DateMod, _ from: String, _ to: String)
    throws
  {
    let span = TimelineSpan(try #require(EventDate(iso)), mod: mod)
    #expect(span.start == TimelineSpan(try #require(EventDate(from))).start)
    #expect(span.end == TimelineSpan(try #require(EventDate(to))).start)
  }

  @Test func aMonthIsABarAsWideAsItsDaysAndWiderThanADayDot() throws {
    let svg = ReportFixtures.svg([
      ReportFixtures.event("2025-03-04"), ReportFixtures.event("2025-06", line: 2),
      ReportFixtures.event("2025", line: 3), ReportFixtures.event("2025-11-20", line: 4),
    ])
    let dots = ReportFixtures.elements("circle", in: svg)
    let bars = ReportFixtures.elements("rect", in: svg)
    #expect(dots.count == 2)
    #expect(bars.count == 2)
    let radius = try #require(dots.first?["r"].flatMap(Double.init))
    let month = try #require(bars[0]["width"].flatMap(Double.init))
    let year = try #require(bars[1]["width"].flatMap(Double.init))
    #expect(month > 2 * radius)
    #expect(abs(year / month - 365.0 / 30.0) < 0.05)
    #expect(bars.allSatisfy { $0["data-precision"] == "period" })
    #expect(dots.allSatisfy { $0["data-precision"] == "day" })
  }

  @Test func laterDatesLieFurtherRight() throws {
    let svg = ReportFixtures.svg([
      ReportFixtures.event("2024-01-10"), ReportFixtures.event("2024-07-10", line: 2),
    ])
    let xs = ReportFixtures.elements("circle", in: svg).compactMap { $0["cx"].flatMap(Double.init) }
    #expect(xs.count == 2)
    #expect(xs[0] < xs[1])
  }

  @Test func aConflictIsRingedInRedWithBothDatesInTheLabel() throws {
    let conflict = TimelineConflict(
      date: try #require(EventDate("2024-06-26")),
      sources: [ReportFixtures.source("DOC-2", line: 9)])
    let svg = ReportFixtures.svg([ReportFixtures.event("2024-06-25", conflicts: [conflict])])
    #expect(svg.contains("class=\"ring\""))
    #expect(svg.contains("class=\"conflict tick\""))
    #expect(svg.contains("disputed"))
    #expect(svg.contains("25 juin 2024 ≠ 26 juin 2024"))
    #expect(svg.contains("DOC-2.txt:9"))
    #expect(ReportFixtures.numbers(after: "href=\"#src-", in: svg).sorted() == [1, 2])
  }

  @Test func everyMarkLinksToASourceAndTextIsEscaped() {
    let svg = ReportFixtures.svg([
      ReportFixtures.event("2024-01-10"), ReportFixtures.event("2024-07", "DOC-2", line: 2),
    ])
    #expect(ReportFixtures.numbers(after: "<a href=\"#src-", in: svg).count == 2)
    #expect(svg.contains("&lt;b&gt;&amp;"))
    #expect(!svg.contains("<b>"))
  }

  @Test func labelsStayInsideTheDrawing() {
    let svg = ReportFixtures.svg([
      ReportFixtures.event("2020"), ReportFixtures.event("2020-12-20", line: 2),
      ReportFixtures.event("2020-01-03", line: 3), ReportFixtures.event("2020-06", line: 4),
    ])
    let labels = svg.components(separatedBy: "<text class=\"label").dropFirst()
    #expect(labels.count == 4)
    for label in labels {
      let x = Double(label.components(separatedBy: "x=\"")[1].prefix { $0 != "\"" }) ?? -1
      let text = label.components(separatedBy: ">")[1].prefix { $0 != "<" }
      let width = Double(text.count) * 7
      if label.contains("text-anchor=\"end\"") {
        #expect(x - width >= 0, "\(text) at \(x)")
        #expect(x <= SVGTimeline.width)
      } else {
        #expect(x >= 0)
        #expect(x + width <= SVGTimeline.width, "\(text) at \(x)")
      }
    }
  }

  @Test func noEventMeansNoDrawing() {
    #expect(ReportFixtures.svg([]).isEmpty)
  }
}
