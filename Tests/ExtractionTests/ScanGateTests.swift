import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The seventh session's scanner gates give what the general path gives: a reader is skipped
/// only where it finds nothing (`ScanDateGate`, `ActorScanner.mayFind`), so the gated scans
/// find the same mentions. Lines: the seeds and hand-written French (`FastPathKeyTests`), the
/// expressions of `ScannerFastPathTests`, the Assemblée records when present and seeded random
/// text made of the words the gates test.
@Suite struct ScanGateTests {
  /// Seeded random sentences of date, actor and reference words.
  static let randomLines: [String] = {
    var random = FuzzGenerator(seed: 29)
    let pieces = [
      "le", "la", "l'", "l\u{2019}", "L", "en", "au", "aux", "à", "du", "de", "d'", "des", "dès",
      "fin", "début", "mi", "-", "cet", "ce", "été", "hiver", "printemps", "automne", "mois",
      "dernier", "prochain", "dernière", "trimestre", "semestre", "premier", "second", "1", "er",
      "e", "2", "4", "31", "12", "123", "2024", "2025", "/", ".", ",", "il", "y", "a", "ans",
      "deux", "année", "exercice", "an", "cette", "courant", "dans", "vers", "autour", "cours",
      "M", "Mme", "Mlle", "État", "Etat", "ministre", "ministère", "Premier", "conseil",
      "départemental", "départements", "régions", "ARS", "CNSA", "Jean", "Dupont", "juin", "janv",
      "sept", "et", "entre", "jusqu'", "ici", "compter", "partir", "l'année", "M€", "euros",
      "article", "loi", "n°", "accord", "mission", "délégué", "ministériels", "conseils",
    ]
    return (0..<600).map { _ in
      (0..<random.below(24) + 1).map { _ in
        let piece = pieces[random.below(pieces.count)]
        return random.below(4) == 0 ? piece : piece + " "
      }.joined()
    }
  }()

  /// The first records of the Assemblée open data, when the shared data is beside the checkout.
  static let recordLines: [String] = {
    let folder = FastPathKeyTests.root.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/data/an-open-data/16")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().prefix(40).flatMap { name -> [String] in
      let url = folder.appendingPathComponent(name)
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      return text.split(whereSeparator: { $0 == "\n" || $0 == "." }).map(String.init)
    }
  }()

  static var lines: [String] {
    FastPathKeyTests.allLines + ScannerFastPathTests.expressions + randomLines + recordLines
  }

  static let references: [CalendarDate?] = [nil, CalendarDate(year: 2025, month: 3, day: 11)]

  /// The spans and facts of found mentions, comparable.
  static func summary(_ found: [Found]) -> [String] {
    found.map { "\($0.first)-\($0.end) \($0.facts)" }
  }

  @Test func theRandomLinesHoldDatesAndActors() {
    let view = TokenView(tokens: Lexer.tokens(in: Self.randomLines.joined(separator: " ")))
    var context = DiscourseContext()
    let dates = DateScanner(view: view, reference: nil).scan(
      claimed: [Bool](repeating: false, count: view.count), context: &context)
    #expect(dates.count > 20)
    #expect(
      ActorScanner.scan(view, claimed: [Bool](repeating: false, count: view.count)).count > 20)
  }

  @Test(arguments: references)
  func aDateIsFoundOnlyWhereTheGateLetsTheReadersRun(reference: CalendarDate?) {
    var skipped = 0
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      let scanner = DateScanner(view: view, reference: reference)
      for index in 0..<view.count where DateScanner.canStart(view.tokens[index]) {
        guard scanner.numberMayStart(at: index), !ScanDateGate.mayRead(at: index, in: view)
        else { continue }
        skipped += 1
        #expect(scanner.dates(at: index) == nil, "\(line) @\(index)")
      }
    }
    #expect(skipped > 1000)
  }

  @Test(arguments: references)
  func theGatedDateScanFindsWhatTheGeneralScanFinds(reference: CalendarDate?) {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      let claimed = [Bool](repeating: false, count: view.count)
      let scanner = DateScanner(view: view, reference: reference)
      var gatedContext = DiscourseContext()
      var generalContext = DiscourseContext()
      let gated = scanner.scan(claimed: claimed, context: &gatedContext, gated: true)
      let general = scanner.scan(claimed: claimed, context: &generalContext, gated: false)
      #expect(Self.summary(gated) == Self.summary(general), "\(line)")
      #expect(gatedContext.lastYear == generalContext.lastYear, "\(line)")
    }
  }

  @Test func anActorIsFoundOnlyWhereTheGateLetsTheReadersRun() {
    var skipped = 0
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for index in 0..<view.count where ActorScanner.mayStart(view.tokens[index]) {
        guard !ActorScanner.mayFind(at: index, in: view) else { continue }
        skipped += 1
        let found =
          ActorScanner.person(at: index, in: view) ?? ActorScanner.cued(at: index, in: view)
        #expect(found == nil, "\(line) @\(index)")
      }
    }
    #expect(skipped > 500)
  }

  @Test func theGatedActorScanFindsWhatTheGeneralScanFinds() {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      let claimed = [Bool](repeating: false, count: view.count)
      let gated = ActorScanner.scan(view, claimed: claimed, gated: true)
      let general = ActorScanner.scan(view, claimed: claimed, gated: false)
      #expect(Self.summary(gated) == Self.summary(general), "\(line)")
    }
  }

  @Test func startsAtIsWhetherAPatternStartsThere() {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for index in -1...view.count {
        let tokens = view.tokens
        #expect(
          DateLexicon.mods.startsAt(index, in: tokens)
            == (view.pattern(startingAt: index, in: DateLexicon.mods) != nil))
        #expect(
          ActorLexicon.bodies.startsAt(index, in: tokens)
            == (view.pattern(startingAt: index, in: ActorLexicon.bodies) != nil))
        #expect(
          ActorLexicon.roles.startsAt(index, in: tokens)
            == (view.pattern(startingAt: index, in: ActorLexicon.roles) != nil))
      }
    }
  }

  @Test func theJoinedPhraseIsThePhrase() {
    var phrases = 0
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for first in 0..<view.count {
        for end in first + 1...min(view.count, first + 8) {
          #expect(
            Array(view.joinedPhrase(first, end).utf8) == Array(view.phrase(first, end).utf8),
            "\(line)")
          phrases += 1
        }
      }
    }
    #expect(phrases > 10000)
  }

  static let objects = [
    "compensation", "Compensation de la perte", "COMPENSATIONS", "compensatio", "compens",
    "la compensation", "Compensation\u{0301}", "compensation\u{00A0}intégrale", "Compensationé",
    "İcompensation", "compensation-", "", "c", "COMPENSATION des départements", "Cömpensation",
    "compensatioN", "compensation\u{200D}", "\u{212A}ompensation",
  ]

  @Test(arguments: objects)
  func theCompensationTestIsTheLowercaseTest(object: String) {
    #expect(ScanCompensation.startsObject(object) == ScanCompensation.byLowercase(object))
  }

  @Test func theCompensationTestIsTheLowercaseTestOnEveryPhrase() {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for first in 0..<view.count {
        let phrase = view.joinedPhrase(first, min(view.count, first + 3))
        #expect(
          ScanCompensation.startsObject(phrase) == ScanCompensation.byLowercase(phrase), "\(line)")
      }
    }
  }
}
