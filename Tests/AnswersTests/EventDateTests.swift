import Answers
import Testing

@Suite struct EventDateTests {
  @Test(arguments: [
    ("2024-06-04", EventDate.Precision.day), ("2025-06", .month), ("2025", .year),
    ("2025-Q1", .quarter), ("2025-H2", .half), ("2022-SU", .season),
  ])
  func keepsThePrecisionItIsWrittenAt(iso: String, precision: EventDate.Precision) throws {
    let date = try #require(EventDate(iso))
    #expect(date.precision == precision)
    #expect(date.iso == iso)
  }

  @Test(arguments: ["XXXX-06-04", "2025-13", "2025-06-32", "juin 2025", "", "2025-Q5"])
  func rejectsWhatCannotBePlaced(text: String) {
    #expect(EventDate(text) == nil)
  }

  @Test(arguments: [
    ("2025-06", "2025-06-01"), ("2025", "2025-01-01"), ("2025-Q1", "2025-01"),
    ("2024-12-31", "2025"), ("2025-H2", "2025-07-01"), ("2022-SU", "2022-06-01"),
    ("2025-06-30", "2025-07"),
  ])
  func aPeriodSortsBeforeItsOwnDays(earlier: String, later: String) throws {
    let first = try #require(EventDate(earlier))
    let second = try #require(EventDate(later))
    #expect(first < second)
    #expect(!(second < first))
  }

  @Test func theEndOfAYearSortsAfterItsSpring() throws {
    let end = try #require(EventDate("2024", mod: "end"))
    let april = try #require(EventDate("2024-04-30"))
    let october = try #require(EventDate("2024-10-01"))
    #expect(april < end)
    #expect(end < october)
  }
}
