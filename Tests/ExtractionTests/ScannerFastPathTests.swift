import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The fifth session's scanner fast paths give what the general code gives: the keyed word
/// constants (`ScannerWord`) and their comparisons, the digit reader and its `Decimal`s (the
/// same bytes as `FrenchNumber.decimal`), the scaling by a power of ten, the numeric date read
/// without `CalendarDate(parsing:)`, the byte-first suffix test. Lines: the seeds, hand-written
/// French (`FastPathKeyTests`), the expressions below and seeded random text.
@Suite struct ScannerFastPathTests {
  /// Expressions of french-expressions.md §2 with numbers, dates and cue words.
  static let expressions = [
    "1 200 000 euros", "1\u{00A0}200\u{00A0}000 €", "12\u{202F}000 postes", "2.500,50 euros",
    "4,5 %", "0,5 point de pourcentage", "3 points", "1,2 milliard d\u{2019}euros",
    "300 M€", "environ 40 nouveaux postes", "entre 3 et 5 millions d'euros", "de 10 à 20 %",
    "dont 500 000 environ", "183 € net mensuels", "une revalorisation mensuelle nette de 183 euros",
    "augmentant de 4 milliards d'euros", "une baisse de 5 %", "50 centimes", "0,00 euro",
    "deux salariés sur trois", "2 sur 3", "la moitié des salariés", "les deux tiers des ESSMS",
    "le 4 juin 2024", "14/03/2024", "01.07.2021", "31/02/2024", "29/02/2024", "18/06/89",
    "du 4 au 6 juin 2024", "2024-2025", "au premier semestre 2024", "l'été 2022", "cet été",
    "il y a deux ans", "l'année dernière", "le mois prochain", "début 2025", "mi-septembre 2024",
    "l'article L. 314-6 du code de l'action sociale et des familles",
    "les articles L. 314-3 à "
      + "L. 314-7 du même code", "la loi n° 2021-1754 du 23 décembre 2021", "LFSS 2024",
    "Mme la ministre du travail, de la santé et des familles", "M. Jean - Luc Bourgeaux",
    "en l'état", "l'État financera", "les départements ministériels", "Départements de France",
    "Celui-ci la finance", "il revient à l'État", "la prise en charge des frais",
    "ne peuvent pas assumer", "faute de compensation", "sans financement", "versera 2 M€",
  ]

  static var lines: [String] { FastPathKeyTests.allLines + expressions + randomNumberLines }

  /// Seeded random digit groups, separators and decimal commas.
  static let randomNumberLines: [String] = {
    var random = FuzzGenerator(seed: 41)
    let pieces = [
      "0", "00", "7", "12", "123", "000", "1234", "2024", "12345", "999999999", ",", ".", "/",
      "-", " ", "\u{00A0}", "\u{202F}", "%", "€", "euros", "millions", "k", "M", "de", "sur",
    ]
    return (0..<300).map { _ in
      (0..<random.below(14) + 1).map { _ in pieces[random.below(pieces.count)] }.joined()
    }
  }()

  @Test func everyWordKeyIsTheKeyOfItsText() {
    for word in ScannerWord.all {
      #expect(word.key == WordKey.of(word.text), "\(word.text)")
      #expect(Lexer.pattern(word.text) == [word.text], "\(word.text)")
    }
  }

  @Test func keyedComparisonsMatchFoldedComparisons() {
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for index in -1...view.count {
        for word in ScannerWord.all {
          #expect(view.has(word, at: index) == (view.folded(index) == word.text), "\(line)")
        }
        #expect(view.isGlued(index) == (view[index]?.gap == Optional(.none)))
        #expect(view.isNumber(index) == (view[index]?.isNumber == true))
        #expect(view.isWord(index) == (view[index]?.isWord == true))
      }
    }
  }

  /// The bytes of a `Decimal`: its representation, which its text in the store follows.
  static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

  @Test func digitsMatchTheStringPath() {
    var numbers = 0
    for line in Self.lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      for index in 0..<view.count where view.tokens[index].isNumber {
        let fast = NumberScanner.digits(at: index, in: view)
        let slow = NumberScanner.digitsByString(at: index, in: view)
        numbers += 1
        #expect(fast?.end == slow?.end, "\(line)")
        #expect(fast?.isBareFourDigits == slow?.isBareFourDigits, "\(line)")
        #expect(fast?.isLongBareRun == slow?.isLongBareRun, "\(line)")
        #expect(fast.map { Self.bytes($0.value) } == slow.map { Self.bytes($0.value) }, "\(line)")
        if let fast, let integer = fast.integer { #expect(Decimal(integer) == fast.value) }
      }
    }
    #expect(numbers > 500)
  }

  @Test(
    arguments: [
      ("0", nil), ("7", nil), ("007", nil), ("1200000", nil), ("2500", "50"), ("4", "5"),
      ("0", "00"), ("0", "5"), ("0", "05"), ("10", "0"), ("100", "00"), ("12345", "678"),
      ("123456789012345678", nil), ("1234567890123456789", nil), ("123456789", "123456789"),
      ("123456789", "1234567890"), ("000000000000000000000", "1"), ("99999999999999999999", nil),
    ] as [(String, String?)])
  func digitReaderMatchesFrenchNumber(integer: String, fraction: String?) {
    var reader = DigitReader()
    // Groups of three, as the scanner adds them.
    var rest = Substring(integer)
    while !rest.isEmpty {
      let cut = rest.count % 3 == 0 ? 3 : rest.count % 3
      reader.add(String(rest.prefix(cut)))
      rest = rest.dropFirst(cut)
    }
    let expected = FrenchNumber.decimal(integer: integer, fraction: fraction)
    #expect(reader.value(fraction: fraction).map(Self.bytes) == expected.map(Self.bytes))
  }

  @Test func randomDigitsMatchFrenchNumber() {
    var random = FuzzGenerator(seed: 5)
    for _ in 0..<3000 {
      let groups = (0...random.below(7)).map { _ in
        String((0..<random.below(4) + 1).map { _ in Character(String(random.below(10))) })
      }
      let fraction =
        random.below(2) == 0
        ? nil : String((0..<random.below(9) + 1).map { _ in Character(String(random.below(10))) })
      var reader = DigitReader()
      for group in groups { reader.add(group) }
      let expected = FrenchNumber.decimal(integer: groups.joined(), fraction: fraction)
      #expect(
        reader.value(fraction: fraction).map(Self.bytes) == expected.map(Self.bytes),
        "\(groups) \(fraction ?? "")")
    }
  }

  @Test func everyScaleIsAPowerOfTen() {
    let scales =
      QuantityLexicon.wordScales.keys.compactMap { QuantityLexicon.wordScales[$0] }
      + QuantityLexicon.symbolScales.keys.compactMap { QuantityLexicon.symbolScales[$0] }
    #expect(scales.count == 12)
    for scale in scales {
      #expect(scale.significand == 1 && scale.exponent > 0, "\(scale)")
    }
  }

  @Test func scalingMatchesMultiplication() {
    var random = FuzzGenerator(seed: 11)
    let scales: [Decimal] = [1000, 1_000_000, 1_000_000_000]
    for _ in 0..<3000 {
      let integer = String(random.below(1_000_000) >> random.below(20))
      let fraction = random.below(2) == 0 ? nil : String(random.below(1000))
      var reader = DigitReader()
      reader.add(integer)
      guard let value = reader.value(fraction: fraction) else { continue }
      for scale in scales {
        #expect(
          Self.bytes(DigitReader.scaled(value, byPowerOfTen: scale)) == Self.bytes(value * scale),
          "\(value) × \(scale)")
      }
    }
    #expect(Self.bytes(DigitReader.scaled(0, byPowerOfTen: 1000)) == Self.bytes(Decimal(0) * 1000))
  }

  @Test func numericDatesMatchCalendarDateParsing() {
    var random = FuzzGenerator(seed: 3)
    for trial in 0..<3000 {
      let day = String(random.below(trial < 1500 ? 40 : 100))
      let month = String(random.below(trial < 1500 ? 14 : 100))
      let year = String(1000 + random.below(9000))
      let separator = random.below(2) == 0 ? "/" : "."
      let view = TokenView(
        tokens: Lexer.tokens(in: [day, month, year].joined(separator: separator)))
      let match = DateCoreReader(view: view, reference: nil).numeric(at: 0)
      let parsed = CalendarDate(parsing: "\(day)/\(month)/\(year)")
      #expect(match?.parts.year == parsed?.year, "\(day)/\(month)/\(year)")
      #expect(match?.parts.month == parsed?.month)
      #expect(match?.parts.day == parsed?.day)
      #expect(match.map { $0.end } == (parsed == nil ? nil : 5))
    }
  }

  @Test func suffixTestMatchesHasSuffix() {
    var random = FuzzGenerator(seed: 9)
    let pieces = ["r", "a", "i", "t", "e", "n", "o", "\u{301}", "é", "è", "ra", "era", "ont", "😀"]
    let suffixes = ["rait", "raient", "era", "eront"]
    for _ in 0..<3000 {
      let word = (0..<random.below(8)).map { _ in pieces[random.below(pieces.count)] }.joined()
      for suffix in suffixes {
        #expect(FundingScanner.endsWith(word, suffix) == word.hasSuffix(suffix), "\(word)")
      }
    }
  }

  @Test func monthTableMatchesFrenchMonth() {
    let words = Array(FrenchMonth.names) + ["juin.", "mais", "septembres", "", "jui", "deux"]
    for word in words {
      let entry = DateLexicon.months[word]
      #expect(entry?.number == FrenchMonth.number(of: word), "\(word)")
      #expect(
        (entry?.abbreviation ?? false)
          == (FrenchMonth.number(of: word) != nil
            && FrenchMonth.isAbbreviation(word)),
        "\(word)")
    }
  }

  @Test func isoMatchesInterpolation() {
    var random = FuzzGenerator(seed: 17)
    func pick(_ values: [Int?]) -> Int? { values[random.below(values.count)] }
    for _ in 0..<5000 {
      var parts = DateParts()
      parts.year = pick([nil, 2024, 1999, 5, 0, 9999, 10_000, -3, 2100])
      parts.month = pick([nil, nil, 1, 6, 12, 0, 13, 100, -1])
      parts.day = pick([nil, nil, 1, 4, 31, 99, 100, -2])
      parts.quarter = pick([nil, nil, nil, 1, 4, 10, -1])
      parts.half = pick([nil, nil, nil, 1, 2, 12])
      parts.season =
        random.below(6) == 0 ? [.spring, .summer, .fall, .winter][random.below(4)] : nil
      #expect(parts.iso == parts.isoByInterpolation, "\(parts)")
    }
  }

  @Test func participleTestMatchesLowercasing() {
    var random = FuzzGenerator(seed: 23)
    let pieces = [
      "financ", "vers", "É", "é", "e\u{301}", "E\u{301}", "e\u{341}", "ée", "ÉES", "és", "s",
      "S", "e", "E", "\u{327}", "\u{308}", "ſ", "İ", "Σ", "œ", "x",
    ]
    var words = ScannerFastPathTests.lines.flatMap { Lexer.tokens(in: $0).map(\.text) }
    for _ in 0..<3000 {
      words.append((0...random.below(4)).map { _ in pieces[random.below(pieces.count)] }.joined())
    }
    for word in words {
      let view = TokenView(tokens: [
        TextToken(
          kind: .word, text: word, folded: Lexer.fold(word), range: 0..<word.utf8.count,
          gap: .none)
      ])
      let sentence = Sentence(text: word, span: SourceSpan(file: "t", line: 1, byteRange: 0..<0))
      let scanner = FundingScanner(view: view, sentence: sentence, mentions: [], requested: false)
      #expect(scanner.isParticiple(0) == scanner.isParticipleByLowercase(0), "\(word)")
    }
  }
}
