import Corpus
import FrenchText
import Testing

/// The readers' paths that build less (one array of events, a log already in order returned
/// as it is, ids appended piece by piece) give what they gave.
struct AllocReaderTests {
  /// A record with a transfer, a renewal dated before its signalement, and three answer
  /// texts whose second is an erratum: every kind of event, appended in source order and then
  /// sorted by date.
  static let record = """
    {"question": {"uid": "QANR5L15QE9002",
     "identifiant": {"numero": "9002", "legislature": "15"}, "type": "QE",
     "minInt": {"abrege": "Santé", "developpe": "Ministère de la santé"},
     "minAttribs": {"minAttrib": [
       {"infoJO": \(ANOpenDataJSONReaderTests.infoJO("03/06/2019", nil)),
        "denomination": {"developpe": "Ministère de la santé"}},
       {"infoJO": \(ANOpenDataJSONReaderTests.infoJO("16/09/2019", nil)),
        "denomination": {"developpe": "Ministère chargé de l'autonomie"}}]},
     "textesQuestion": {"texteQuestion": {
       "infoJO": \(ANOpenDataJSONReaderTests.infoJO("03/06/2019", "4210")),
       "texte": "Mme Anne Exemple attire l'attention de Mme la ministre."}},
     "textesReponse": {"texteReponse": [
       {"infoJO": \(ANOpenDataJSONReaderTests.infoJO("25/11/2019", "100")),
        "texte": "<p>Première partie.</p>"},
       {"infoJO": \(ANOpenDataJSONReaderTests.infoJO("28/11/2019", "200")), "erratum": "oui",
        "texte": "<p>Correction.</p>"},
       {"infoJO": \(ANOpenDataJSONReaderTests.infoJO("02/12/2019", nil)),
        "texte": "<p>Seconde partie.</p>"}]},
     "cloture": {"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée",
       "infoJO": \(ANOpenDataJSONReaderTests.infoJO("02/12/2019", "9876"))},
     "signalement": {"dateDepotSignal": "2019-10-01"},
     "renouvellements": {"renouvellement": {"infoJO":
       \(ANOpenDataJSONReaderTests.infoJO("20/09/2019", "300"))}}}}
    """

  @Test func eventsOfEveryKindInDateOrder() throws {
    let outcome = TestSupport.load(Self.record, name: "an/QANR5L15QE9002.json")
    let document = try #require(outcome.documents.first)
    let day = { (day: Int, month: Int) in CalendarDate(year: 2019, month: month, day: day) }
    let expected = [
      StatusEvent(kind: .published, date: day(3, 6), page: 4210, label: "Question publiée"),
      StatusEvent(
        kind: .transferred, date: day(16, 9), label: "Changement d'attribution",
        from: "Ministère de la santé", to: "Ministère chargé de l'autonomie"),
      StatusEvent(kind: .renewed, date: day(20, 9), page: 300, label: "Renouvellement"),
      StatusEvent(kind: .signaled, date: day(1, 10), label: "Signalement"),
      StatusEvent(
        kind: .answered, date: day(25, 11), page: 100, label: "Réponse publiée", part: 1),
      StatusEvent(kind: .erratum, date: day(28, 11), page: 200, label: "réponse"),
      StatusEvent(
        kind: .answered, date: day(2, 12), page: 9876, label: "Réponse publiée", part: 2),
    ]
    #expect(document.events == expected)
    #expect(document.status == "answered")
    #expect(document.id == "AN-15-QE-9002")
    #expect(document.sections.map(\.kind) == [.question, .answer])
  }

  /// `StatusLog.ordered` as it was: every event keyed and sorted with its index.
  static func referenceOrdered(_ events: [StatusEvent]) -> [StatusEvent] {
    var lastDate: CalendarDate?
    let keyed = events.enumerated().map { index, event -> (CalendarDate?, Int, StatusEvent) in
      if let date = event.date { lastDate = date }
      return (event.date ?? lastDate, index, event)
    }
    return keyed.sorted { lhs, rhs in
      switch (lhs.0, rhs.0) {
      case let (left?, right?) where left != right: return left < right
      case (nil, _?): return true
      case (_?, nil): return false
      default: return lhs.1 < rhs.1
      }
    }.map(\.2)
  }

  @Test func orderedLogsAsTheReferenceOrdersThem() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var sortedInputs = 0
    var unsortedInputs = 0
    for round in 0..<2000 {
      let count = next(8)
      let ascending = round % 2 == 0
      var day = 1
      let events = (0..<count).map { index -> StatusEvent in
        // Half the logs dated in increasing order (the fast path), half at random; some
        // undated, some on equal days.
        day += ascending ? next(3) : 0
        let dayOfMonth = ascending ? day : 1 + next(4)
        let date: CalendarDate? =
          next(5) == 0 ? nil : CalendarDate(year: 2020, month: 1, day: dayOfMonth)
        return StatusEvent(kind: .published, date: date, page: index, label: "e\(index)")
      }
      let expected = Self.referenceOrdered(events)
      #expect(StatusLog.ordered(events) == expected)
      if expected == events { sortedInputs += 1 } else { unsortedInputs += 1 }
    }
    // Both paths were taken many times.
    #expect(sortedInputs > 200 && unsortedInputs > 200)
  }

  @Test func questionIDsAsInterpolated() {
    let types = ["QE", "QG", "QOSD", "QM", "QST", "TYPEQUIDEPASSEQUINZE"]
    for chamber in [Chamber.assemblee, .senat] {
      for legislature in [nil, 5, 17, 123_456] as [Int?] {
        for type in types {
          for number in [0, 7, 3769, 123_456_789, -4] {
            let source = chamber == .assemblee ? "AN" : "SENAT"
            let expected =
              legislature.map { "\(source)-\($0)-\(type)-\(number)" }
              ?? "\(source)-\(type)-\(number)"
            let id = Document.questionID(
              chamber: chamber, legislature: legislature, type: type, number: number)
            #expect(id == expected)
            #expect(id.map { Array($0.utf8) } == Array(expected.utf8))
          }
        }
      }
    }
    #expect(Document.questionID(chamber: nil, legislature: 1, type: "QE", number: 1) == nil)
    #expect(Document.questionID(chamber: .senat, legislature: 1, type: nil, number: 1) == nil)
    #expect(Document.questionID(chamber: .senat, legislature: 1, type: "QE", number: nil) == nil)
  }
}
