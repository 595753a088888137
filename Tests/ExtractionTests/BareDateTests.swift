import FrenchText
import Testing

@testable import Extraction

/// "le 4 juin" with no year (french-expressions.md F12, F13, §4.4): the verb's tense chooses
/// the year against the document date (future: the next 4 June on or after it; past: the last
/// one on or before it); no tense cue, or both, leave the year unknown.
@Suite struct BareDateTests {
  static let cases: [DateCase] = [
    .init(
      id: "F13 future", text: "La prime sera versée le 4 juin.", reference: "2025-03-11",
      value: "2025-06-04", resolved: true),
    .init(
      id: "F13 past", text: "L'accord a été signé le 4 juin.", reference: "2025-03-11",
      value: "2024-06-04", resolved: true),
    .init(
      id: "F13 past same year", text: "L'accord a été signé le 4 juin.",
      reference: "2025-09-01", value: "2025-06-04", resolved: true),
    .init(
      id: "F13 future next year", text: "La prime sera versée le 4 juin.",
      reference: "2025-09-01", value: "2026-06-04", resolved: true),
    .init(
      id: "F13 on the day", text: "La prime sera versée le 4 juin.", reference: "2025-06-04",
      value: "2025-06-04", resolved: true),
    .init(
      id: "F13 verb after", text: "Le 4 juin, les partenaires ont signé l'accord.",
      reference: "2025-03-11", value: "2024-06-04", resolved: true),
    .init(
      id: "F13 -era", text: "Le versement interviendra le 1er juillet.",
      reference: "2025-03-11", value: "2025-07-01", resolved: true),
    .init(
      id: "F13 present", text: "La prime est versée le 4 juin.", reference: "2025-03-11",
      value: "XXXX-06-04", resolved: false),
    .init(
      id: "F13 both", text: "Il a annoncé qu'elle sera versée le 4 juin.",
      reference: "2025-03-11", value: "XXXX-06-04", resolved: false),
    .init(
      id: "F13 no reference", text: "La prime sera versée le 4 juin.", value: "XXXX-06-04",
      resolved: false),
    .init(
      id: "F13 month only", text: "La prime sera versée en juin.", reference: "2025-03-11",
      value: "XXXX-06", resolved: false),
  ]

  @Test(arguments: cases)
  func bareDate(_ row: DateCase) throws {
    let reference = row.reference.flatMap { CalendarDate(parsing: $0) }
    let mention = try #require(extract(row.text, date: reference).first { $0.type == .date })
    #expect(mention.value?.string == row.value)
    #expect(mention.resolved == row.resolved)
    #expect(mention.yearFrom == (row.resolved == true ? "tense" : nil))
  }

  @Test func anUnsettledDayKeepsBothCandidates() throws {
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    let mention = try #require(extract("La prime est versée le 4 juin.", date: date).first)
    #expect(mention.value == .text("XXXX-06-04"))
    #expect(mention.candidates == ["2024-06-04", "2025-06-04"])
    #expect(extract("La prime est versée le 4 juin.").first?.candidates == nil)
    let sameDay = CalendarDate(year: 2025, month: 6, day: 4)
    #expect(
      extract("La prime est versée le 4 juin.", date: sameDay).first?.candidates == ["2025-06-04"])
    #expect(extract("La prime sera versée le 4 juin.", date: date).first?.candidates == nil)
  }

  @Test func aDiscourseYearThatAgreesWithTheTenseIsKept() {
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    _ = extractor.mentions(in: "En 2023, deux accords.", documentDate: date, context: &context)
    let found = extractor.mentions(
      in: "Le 4 juin, ils ont été signés.", documentDate: date, context: &context)
    #expect(found.first?.value == .text("2023-06-04"))
    #expect(found.first?.yearFrom == "discourse")
  }

  @Test func aDiscourseYearAgainstTheTenseGivesWay() {
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    _ = extractor.mentions(in: "En 2023, deux accords.", documentDate: date, context: &context)
    let found = extractor.mentions(
      in: "La prime sera versée le 4 juin.", documentDate: date, context: &context)
    #expect(found.first?.value == .text("2025-06-04"))
    #expect(found.first?.yearFrom == "tense")
  }
}
