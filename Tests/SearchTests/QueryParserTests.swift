import FrenchText
import Testing

@testable import Search

struct QueryParserTests {
  let parser = QueryParser(analyzer: FrenchAnalyzer())

  static let medicoSocial: Query = .or([.phrase(["medico", "social"]), .term("medicosocial")])

  @Test(arguments: [
    ("ségur", Query.term("segur")),
    ("SÉGUR", .term("segur")),
    ("prime ségur départements", .and([.term("prime"), .term("segur"), .term("departement")])),
    (
      "prime ségur OR laforcade",
      .and([.term("prime"), .or([.term("segur"), .term("laforcade")])])
    ),
    (
      "ségur (ehpad OR domicile)",
      .and([.term("segur"), .or([.term("ehpad"), .term("domicile")])])
    ),
    ("a OR b OR c", .or([.term("a"), .term("b"), .term("c")])),
    ("(a OR b) OR c", .or([.term("a"), .term("b"), .term("c")])),
    (
      "ehpad OR \"maison de retraite\"",
      .or([.term("ehpad"), .phrase(["maison", "de", "retraite"])])
    ),
    ("ehpad -domicile", .and([.term("ehpad"), .not(.term("domicile"))])),
    ("ehpad NOT domicile", .and([.term("ehpad"), .not(.term("domicile"))])),
    (
      "ehpad -\"maison de retraite\"",
      .and([.term("ehpad"), .not(.phrase(["maison", "de", "retraite"]))])
    ),
    ("ehpad -(a OR b)", .and([.term("ehpad"), .not(.or([.term("a"), .term("b")]))])),
    ("-ehpad prime", .and([.not(.term("ehpad")), .term("prime")])),
    ("logem*", .prefix("logem")),
    ("Médic*", .prefix("medic")),
    ("départements*", .prefix("departement")),
    ("l'accord", .term("accord")),
    ("l’Œuvre", .term("oeuvre")),
    ("médico-social", medicoSocial),
    ("médicosocial", .term("medicosocial")),
    ("\"médico social\"", .phrase(["medico", "social"])),
    ("\"médico-sociaux\"", medicoSocial),
    ("secteur médico-social", .and([.term("secteur"), medicoSocial])),
    ("\"secteur médico-social\"", .phrase(["secteur", "medico", "social"])),
    ("L. 314-6", .or([.phrase(["l", "314", "6"]), .term("l314-6")])),
    ("150 000 euros", .and([.term("150000"), .term("euro")])),
    ("prime de ségur", .and([.term("prime"), .term("segur")])),
    ("de la", .and([.term("de"), .term("la")])),
    ("prime OR de", .or([.term("prime"), .term("de")])),
    ("«\u{a0}prime Ségur\u{a0}»", .phrase(["prime", "segur"])),
    ("“prime Ségur”", .phrase(["prime", "segur"])),
    ("\"ségur\"", .term("segur")),
    ("prime AND ségur", .and([.term("prime"), .term("segur")])),
    ("ehpad - domicile", .and([.term("ehpad"), .term("domicile")])),
    (
      "(prime (ségur -laforcade))",
      .and([.term("prime"), .term("segur"), .not(.term("laforcade"))])
    ),
    ("or", .term("or")),
  ])
  func parses(text: String, expected: Query) throws {
    #expect(try parser.parse(text) == expected)
  }

  @Test(arguments: [
    ("", 1, "empty query"),
    ("   ", 1, "empty query"),
    ("« »", 1, "empty phrase"),
    ("...", 1, "empty query"),
    ("prime \"ségur", 7, "unclosed quote"),
    ("(prime ségur", 1, "unclosed '('"),
    ("prime (ségur OR (a b)", 7, "unclosed '('"),
    ("prime ségur)", 12, "unbalanced ')'"),
    ("()", 1, "empty parentheses"),
    ("prime OR", 7, "OR needs a word, phrase or group after it"),
    ("prime OR OR ségur", 7, "OR needs a word, phrase or group after it"),
    ("OR prime", 1, "OR needs a word, phrase or group before it"),
    ("(OR prime)", 2, "OR needs a word, phrase or group before it"),
    ("-prime", 1, "not only exclusions"),
    ("-prime NOT ségur", 1, "not only exclusions"),
    ("ehpad (-prime)", 8, "not only exclusions"),
    ("ehpad OR -prime", 10, "an exclusion cannot be an alternative of OR"),
    ("prime NOT", 7, "needs a word, phrase or group after it"),
    ("prime NOT -ségur", 7, "needs a word, phrase or group after it"),
    ("lo*", 1, "at least 3 letters"),
    ("prime l'ac*", 7, "at least 3 letters"),
    ("*", 1, "at least 3 letters"),
    ("lo*gement", 3, "only at the end of a word"),
  ])
  func rejects(text: String, column: Int, message: String) {
    #expect {
      _ = try parser.parse(text)
    } throws: { error in
      guard let error = error as? QueryError else { return false }
      return error.column == column && error.message.contains(message)
    }
  }

  @Test func errorDescriptionNamesTheColumn() {
    #expect(
      QueryError(message: "unclosed quote", column: 7).description
        == "unclosed quote (column 7)")
  }
}

struct QueryWordsTests {
  @Test(arguments: [
    ("prime médico-social", ["prime", "medico medicosocial social"]),
    ("L. 314-6 du code", ["l l314-6 314 314-6 6", "du", "code"]),
    ("150 000 euros", ["150000", "euro"]),
    ("aujourd'hui l'État", ["aujourdhui", "etat"]),
  ])
  func groupsFollowWords(text: String, groups: [String]) {
    let tokens = FrenchAnalyzer().tokens(in: text)
    let rendered = QueryWords.groups(tokens).map { $0.map(\.term).joined(separator: " ") }
    #expect(rendered == groups)
  }
}
