import Testing

@testable import Corpus

/// The byte-level readings of simple lines (`SimpleLine`) give what the `String` readings give.
struct TextSimpleLineTests {
  /// Pieces the random lines are made of: the labels' words, digits, separators, simple
  /// characters beyond ASCII, and characters that are not simple (combining marks, "²", "K").
  static let pieces = [
    "Contact presse", "contacts PRESSE", "CONTACT", " : ", ":", " - ", "-", " ", "  ", "01", "40",
    "56 60 00", "@", "presse@sante.gouv.fr", "Ministère", "de la santé", "page", "Page ", "p. ",
    "5629", "°", "n°", " de ", "de", "M. ", "Mme ", "Mlle ", "(", ")", "Aisne", "Les Républicains",
    "\u{00A0}", "\u{202F}", "«", "»", "’", "…", "é", "É", "€", "\t", "\r", "e\u{301}", "²",
    "\u{212A}",
    "\u{200D}", "x", "Paris", ", le ", "3", "1er", "mars", "août", "2025", "[", ".", ",", "Œ", "œ",
  ]

  static func randomLines(count: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    var lines: [String] = []
    for _ in 0..<count {
      let length = Int.random(in: 0...9, using: &generator)
      let chosen: [String] = (0..<length).map { _ in pieces.randomElement(using: &generator)! }
      lines.append(chosen.joined())
    }
    return lines
  }

  @Test func simpleCharactersAreRecognized() {
    for (text, simple) in [
      ("Contact presse : Ministère – 01 40 56 60 00 « x » … ’ €", true),
      ("e\u{301}", false), ("²", false), ("\u{212A}", false), ("a\nb", false), ("\u{200D}", false),
    ] {
      let answer = Array(text.utf8).withUnsafeBufferPointer { SimpleLine.isSimple($0) }
      #expect(answer == simple, "\(text)")
    }
  }

  @Test func contactMatchesTheStringReading() {
    let known: [String] = [
      "Contact presse : Ministère de la santé - 01 40 56 60 00",
      "contacts presse: Service - presse@x.fr", "Contact presse : A - B - 0123456",
      "Contact presse :", "Contact presse : - 123456",
    ]
    for line in Self.randomLines(count: 4000, seed: 7) + known {
      #expect(AnnouncementReader.contact(line) == AnnouncementReader.stringContact(line), "\(line)")
    }
  }

  @Test func pageMatchesTheStringReading() {
    let known: [String] = [
      "publiée dans le JO Sénat du 20/05/2019 - page 8852", "page", "pages 12 et page x",
      "page 99999999999999999999999",
    ]
    for text in Self.randomLines(count: 4000, seed: 11) + known {
      #expect(MarkdownFields.page(text) == MarkdownFields.stringPage(text), "\(text)")
    }
  }

  @Test func datelineMatchesTheStringReading() {
    var lines: [String] = [
      "Paris, le 17 août 2019", "Lyon, le 1er mars 2025.", "Évry, le (3 mars 2025)",
      "paris, le 3 mars 2025", "Paris, le 3\u{00A0}mars\u{202F}2025", ", le 3 mars 2025",
      "Paris, le 3 mars 2025 et plus", "Paris, le [3 mars] 2025,;",
    ]
    lines += Self.randomLines(count: 6000, seed: 17)
    for random in Self.randomLines(count: 2000, seed: 19) { lines.append("Paris, le " + random) }
    for line in lines {
      #expect(
        AnnouncementReader.dateline(line) == AnnouncementReader.stringDateline(line), "\(line)")
    }
  }

  @Test func ministerAddressedMatchesTheStringReading() {
    let parts = [
      "attention de ", "interroge ", " sur ", "M. le ", "Mme la ", "Mme le ", "M.\u{00A0}le ",
      "ministre", "de la santé", " ", "sur", "é", "e\u{301}",
    ]
    var generator = SeededGenerator(seed: 23)
    var sentences: [String] = [
      "M. X attire l’attention de M. le ministre de la santé sur les retraites.",
      "Mme Y interroge Mme la ministre sur le budget.", "attention de  sur ",
    ]
    for _ in 0..<4000 {
      let count = Int.random(in: 0...8, using: &generator)
      let chosen: [String] = (0..<count).map { _ in parts.randomElement(using: &generator)! }
      sentences.append(chosen.joined())
    }
    for sentence in sentences {
      #expect(
        SenatPageReader.ministerAddressed(in: sentence)
          == SenatPageReader.stringMinisterAddressed(in: sentence), "\(sentence)")
    }
  }

  @Test func byteSearchFindsWhatANaiveSearchFinds() {
    let needles = ["publiée dans le JO Sénat", "ASSEMBLÉE NATIONALE", "x", "aB", "Ba", "ab"]
    let alphabet = Array("abBAxé JOSpublie".utf8)
    var generator = SeededGenerator(seed: 29)
    for _ in 0..<3000 {
      let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      for needle in needles {
        let pattern = Array(needle.utf8)
        let expected =
          haystack.count >= pattern.count
          && (0...(haystack.count - pattern.count)).contains {
            haystack[$0..<$0 + pattern.count].elementsEqual(pattern)
          }
        #expect(ByteSearch.contains(haystack, needle) == expected, "\(haystack) \(needle)")
      }
    }
    #expect(ByteSearch.contains(Array("… publiée dans le JO Sénat du".utf8), "JO Sénat"))
  }

  @Test func senatLabelPartsMatchTheStringReadings() {
    var lines: [String] = [
      "Concerne le thème : Agriculture", "Concerne le thème :", ":", "Concerne le thème :: X",
      "Réponse du Ministère de l’agriculture.", "En attente de réponse du la .",
      "publiée dans le JO Sénat du 20/05/2019 - page 8852",
    ]
    for random in Self.randomLines(count: 3000, seed: 31) {
      let heads: [String] = [
        "Concerne le thème", "Réponse du ", "Transmise à ", "publiée dans le JO Sénat du ",
        "Réponse du de la la ",
      ]
      for head in heads { lines.append(head + random) }
      lines.append("Transmise à " + random + ".")
    }
    for line in lines {
      let rubric = line.split(separator: ":", maxSplits: 1).last.map {
        SourceText.trimmingSpaces($0)
      }
      if let simple = SimpleLine.withSimpleBytes(line, SenatPageLayout.simpleRubric) {
        #expect(simple == rubric, "\(line)")
      }
      for count in [11, 12, 25] {
        let simple = SimpleLine.withSimpleBytes(line) {
          SenatPageLayout.simpleMinistry(after: count, $0)
        }
        if let simple {
          #expect(simple == SenatPageLayout.stringMinistry(after: count, in: line), "\(line)")
        }
      }
      #expect(
        SenatPageLayout.publicationDateText(line) == line.dropFirst(27).prefix(11), "\(line)")
    }
  }

  @Test func questionLineMatchesTheStringReading() {
    var lines: [String] = [
      "Question écrite n° 05883 de M. Ian Chevalier (Aisne - Communiste - Kanaky)",
      "Question orale n°  00108 de Mme Mme Léa Sorre (Charente)", "Question écrite n° 12",
      "Question écrite n° 12 de Mlle X) (Y", "Question écrite n° de",
    ]
    for random in Self.randomLines(count: 4000, seed: 13) {
      lines.append("Question écrite n° " + random)
    }
    for line in lines {
      let simple = SimpleLine.withSimpleBytes(line, SenatPageLayout.simpleQuestionLine)
      guard let simple else { continue }
      let reference = SenatPageLayout.questionLine(line)
      #expect(simple.number == reference.number, "\(line)")
      #expect(simple.author == reference.author, "\(line)")
    }
  }
}

/// A small deterministic random generator (SplitMix64), for the seeded tests of this target.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D8_49B7_36F7_FFEB
    return value ^ (value >> 31)
  }
}
