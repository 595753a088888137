import Foundation

/// The columns of a data.senat.fr CSV by header name (case, accents and spaces ignored), so that
/// their order and the trailing empty columns do not matter.
struct SenatCSVColumns {
  enum Name: String, CaseIterable {
    case status = "sort"
    case nature = "nature"
    case number = "numero"
    case reference = "reference"
    case title = "titre"
    case lastName = "nom"
    case firstName = "prenom"
    case civility = "civilite"
    case constituency = "circonscription"
    case group = "groupe"
    case published = "date de publication jo"
    case ministryAsked = "ministere de depot"
    case transferDate = "date de transmission"
    case ministryTransfer = "ministere de transmission"
    case ministryAnswering = "ministere de reponse"
    case answered = "date de reponse jo"
    case recalled = "reference de la question rappelee"
    case themes = "theme(s)"
    case url = "url question"
  }

  private var indices: [Name: Int] = [:]

  init(names: [String]) {
    for (index, name) in names.enumerated() {
      if let column = Name(rawValue: Self.fold(name)), indices[column] == nil {
        indices[column] = index
      }
    }
  }

  func index(_ name: Name) -> Int? { indices[name] }

  /// Lower case, without accents, single spaces, trimmed.
  static func fold(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      .joined(separator: " ").lowercased()
  }
}
